using System.CommandLine;
using Concord.Matching.Watchlists;

namespace Concord.Cli.Screening;

/// <summary>
/// `concord screen --watchlist FILE --input FILE --output FILE [--top N] [--threshold T]
/// [--format auto|csv|tsv|un-xml|ofac] [--strict] [--threads N]`.
/// </summary>
public static class ScreenCommand
{
    public static Command Create()
    {
        var watchlist = new Option<string>("--watchlist") { Description = "Watch list: CSV/TSV (id,name[,aliases,birth_date,nationality,type]), UN consolidated XML, or OFAC sdn.csv (alt.csv beside it)", Required = true };
        var input = new Option<string>("--input") { Description = "Names to screen: CSV/TSV with header query_id,name[,birth_date,nationality]", Required = true };
        var output = new Option<string>("--output") { Description = "Result CSV: query_id,rank,entity_id,score,matched_name", Required = true };
        var top = new Option<int>("--top") { Description = "Candidates per query (default 10)", DefaultValueFactory = _ => 10 };
        var threshold = new Option<double>("--threshold") { Description = "Lowest score written, 0..1 (default 0)", DefaultValueFactory = _ => 0 };
        var format = new Option<string>("--format") { Description = "Watch-list format (default auto)", DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong("auto", "csv", "tsv", "un-xml", "ofac");
        var strict = new Option<bool>("--strict") { Description = "Stop at the first bad row (exit code 1)" };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores)", DefaultValueFactory = _ => 0 };
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                r.AddError("--top must be between 1 and 1000");
            }
        });
        threshold.Validators.Add(r =>
        {
            var t = r.GetValueOrDefault<double>();
            if (double.IsNaN(t) || t < 0 || t > 1)
            {
                r.AddError("--threshold must be between 0 and 1");
            }
        });
        threads.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--threads must not be negative");
            }
        });

        var command = new Command("screen", "Screen names against a watch list (cross-script, ranked candidates)")
        {
            watchlist, input, output, top, threshold, format, strict, threads,
        };
        command.SetAction((parse, _) =>
        {
            var options = new ScreenOptions(
                parse.GetValue(watchlist)!,
                parse.GetValue(input)!,
                parse.GetValue(output)!,
                parse.GetValue(top),
                parse.GetValue(threshold),
                ParseFormat(parse.GetValue(format)),
                parse.GetValue(strict),
                parse.GetValue(threads));
            var code = ScreeningRun.Execute(options, Console.Error, progress: !Console.IsErrorRedirected);
            return Task.FromResult(code);
        });
        return command;
    }

    public static WatchlistFormat ParseFormat(string? value) => value?.ToLowerInvariant() switch
    {
        "csv" => WatchlistFormat.Csv,
        "tsv" => WatchlistFormat.Tsv,
        "un-xml" => WatchlistFormat.UnXml,
        "ofac" => WatchlistFormat.Ofac,
        _ => WatchlistFormat.Auto,
    };
}
