using Concord.Cli;
using Concord.Cli.Screening;

namespace Concord.Tests.Matching;

public sealed class ScreenCommandTests : IDisposable
{
    private readonly string _dir = System.IO.Directory.CreateTempSubdirectory("concord-screen-").FullName;

    public void Dispose() => System.IO.Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private string Watchlist() => Write("list.csv",
        "id,name,aliases,birth_date,nationality,type\n" +
        "P1,Vladimir Vladimirovich Putin,Putin Vladimir,1952-10-07,RU,person\n" +
        "P2,Xi Jinping,,1953,CN,person\n" +
        "P3,Mohamed Ali,,,,person\n" +
        "O1,Romashka LLC,,,,organization\n");

    [Fact]
    public void Screening_writes_ranked_candidates_and_exits_0()
    {
        var input = Write("in.csv", "query_id,name,birth_date,nationality\nq1,Владимир Путин,1952,RU\nq2,习近平,,\nq3,\"ООО «Ромашка»\",,\n");
        var output = Path.Combine(_dir, "out.csv");
        var error = new StringWriter();
        var code = ScreeningRun.Execute(new ScreenOptions(Watchlist(), input, output, Top: 2), error, progress: false);
        Assert.Equal(ConcordCli.Success, code);
        var lines = File.ReadAllLines(output);
        Assert.Equal("query_id,rank,entity_id,score,matched_name", lines[0]);
        Assert.StartsWith("q1,1,P1,", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("q2,1,P2,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("q3,1,O1,", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Matches(@"^q\d,[12],[PO]\d,\d\.\d{4},", l));
        Assert.True(lines.Skip(1).GroupBy(l => l.Split(',')[0]).All(g => g.Count() <= 2));
        Assert.Contains("screened: 3 queries", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("alerts: 3 queries", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Threshold_drops_weaker_rows()
    {
        var input = Write("in.csv", "query_id,name\nq1,Vladimir Putin\n");
        var output = Path.Combine(_dir, "out.csv");
        Assert.Equal(0, ScreeningRun.Execute(new ScreenOptions(Watchlist(), input, output, Top: 10, Threshold: 0.9), new StringWriter(), false));
        var rows = File.ReadAllLines(output).Skip(1).ToList();
        Assert.Equal("P1", Assert.Single(rows).Split(',')[2]);
    }

    [Fact]
    public void Input_rows_may_give_several_birth_dates_and_nationalities_by_code_or_name()
    {
        var input = Write("in.csv", "query_id,name,birth_date,nationality\nq1,Abu Fatima,1950;1952-10-07,Germany;Russian Federation\nq2,Abu Fatima,1952-10-07,ZZ\n");
        var rows = QueryFileReader.Read(input, strict: false);
        var q1 = Assert.Single(rows.Items).Query;
        Assert.Equal(["1950", "1952-10-07"], q1.BirthDates.Select(d => d.ToString()));
        Assert.Equal(["DE", "RU"], q1.Nationalities);
        Assert.Equal("in.csv:3: nationality 'ZZ' is not an ISO 3166-1 alpha-2 code or a known country name", Assert.Single(rows.Errors).ToString());

        // The second date finds P1 although its name shares nothing with the query.
        var output = Path.Combine(_dir, "out.csv");
        ScreeningRun.Execute(new ScreenOptions(Watchlist(), input, output), new StringWriter(), false);
        Assert.Contains(File.ReadAllLines(output), l => l.StartsWith("q1,1,P1,", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_input_rows_are_reported_skipped_and_exit_1()
    {
        var input = Write("in.tsv", "query_id\tname\tbirth_date\nq1\tXi Jinping\t\nq2\t\t\nq3\tMohamed Ali\t1999-02-30\nq4\tMohammed Aly\t\n");
        var output = Path.Combine(_dir, "out.csv");
        var error = new StringWriter();
        var code = ScreeningRun.Execute(new ScreenOptions(Watchlist(), input, output), error, false);
        Assert.Equal(ConcordCli.InputErrors, code);
        Assert.Contains("in.tsv:3: name is empty (query_id q2)", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("in.tsv:4: birth_date '1999-02-30' is not an ISO date", error.ToString(), StringComparison.Ordinal);
        var ids = File.ReadAllLines(output).Skip(1).Select(l => l.Split(',')[0]).Distinct().ToList();
        Assert.Equal(["q1", "q4"], ids);
    }

    [Fact]
    public void Strict_stops_at_the_first_bad_row_and_exits_1()
    {
        var input = Write("in.csv", "query_id,name\nq1,Xi Jinping\n,No Id\nq3,Mohamed Ali\n");
        var output = Path.Combine(_dir, "out.csv");
        var error = new StringWriter();
        var code = ScreeningRun.Execute(new ScreenOptions(Watchlist(), input, output, Strict: true), error, false);
        Assert.Equal(ConcordCli.InputErrors, code);
        Assert.Equal("in.csv:3: query_id is empty", error.ToString().Trim());
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_missing_watchlist_is_an_input_error()
    {
        var input = Write("in.csv", "query_id,name\nq1,A\n");
        var error = new StringWriter();
        Assert.Equal(ConcordCli.InputErrors, ScreeningRun.Execute(new ScreenOptions(Path.Combine(_dir, "nope.csv"), input, Path.Combine(_dir, "o.csv")), error, false));
        Assert.Contains("file not found", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("screen", "--input", "a.csv", "--output", "b.csv")]
    [InlineData("screen", "--watchlist", "w.csv", "--input", "a.csv", "--output", "b.csv", "--top", "0")]
    [InlineData("screen", "--watchlist", "w.csv", "--input", "a.csv", "--output", "b.csv", "--threshold", "1.5")]
    [InlineData("screen", "--watchlist", "w.csv", "--input", "a.csv", "--output", "b.csv", "--format", "xls")]
    [InlineData("screen", "--watchlist", "w.csv", "--input", "a.csv", "--output", "b.csv", "--bogus")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        Assert.Equal(ConcordCli.UsageError, await ConcordCli.RunAsync(args));
    }

    [Fact]
    public async Task The_screen_command_runs_end_to_end_through_the_cli()
    {
        var input = Write("in.csv", "query_id,name\nq1,Путин Владимир\n");
        var output = Path.Combine(_dir, "out.csv");
        var code = await ConcordCli.RunAsync(["screen", "--watchlist", Watchlist(), "--input", input, "--output", output, "--top", "1", "--format", "csv"]);
        Assert.Equal(ConcordCli.Success, code);
        Assert.StartsWith("q1,1,P1,", File.ReadAllLines(output)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_un_list_and_ofac_formats_are_screened_directly()
    {
        var input = Write("in.csv", "query_id,name\nq1,Саддам Хусейн\n");
        var output = Path.Combine(_dir, "out.csv");
        var un = SharedData.UnList;
        Assert.Equal(0, ScreeningRun.Execute(new ScreenOptions(un, input, output, Top: 1, Format: Concord.Matching.Watchlists.WatchlistFormat.UnXml), new StringWriter(), false));
        Assert.StartsWith("q1,1,IQi.001,", File.ReadAllLines(output)[1], StringComparison.Ordinal);
        var ofac = SharedData.OfacExcerpt;
        Assert.Equal(0, ScreeningRun.Execute(new ScreenOptions(ofac, input, output, Top: 1, Format: Concord.Matching.Watchlists.WatchlistFormat.Ofac), new StringWriter(), false));
        Assert.Equal(2, File.ReadAllLines(output).Length);
    }
}
