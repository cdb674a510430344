using System.Diagnostics;
using System.Globalization;
using Concord.Matching;
using Concord.Matching.Index;
using Concord.Matching.Scoring;
using Concord.Matching.Watchlists;

namespace Concord.Cli.Screening;

/// <summary>
/// Bulk screening: reads the watch list and the names to screen, builds the index, screens all
/// names in parallel (results in input order), writes the CSV and a summary. Bad rows are
/// reported as file:line and skipped, or stop the run with --strict.
/// </summary>
public static class ScreeningRun
{
    private const int Chunk = 2048;

    /// <summary>Runs the screening; returns the exit code (0 success, 1 input errors).</summary>
    public static int Execute(ScreenOptions options, TextWriter error, bool progress)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(error);
        var clock = Stopwatch.StartNew();
        var list = WatchlistReader.Read(options.Watchlist, options.Format, options.Strict);
        Report(error, list.Errors);
        if (list.Failed || (options.Strict && list.Errors.Count > 0))
        {
            return ConcordCli.InputErrors;
        }
        var input = QueryFileReader.Read(options.Input, options.Strict);
        Report(error, input.Errors);
        if (input.Failed || (options.Strict && input.Errors.Count > 0))
        {
            return ConcordCli.InputErrors;
        }
        var readSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var index = MatchIndex.Build(list.Items);
        var buildSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var alerts = 0;
        int rows;
        var bar = new ProgressBar(error, input.Items.Count, progress);
        try
        {
            using var writer = new ResultWriter(options.Output);
            // The next chunk is screened on the worker threads while this one is written (both cores stay busy).
            Task<IReadOnlyList<Candidate>[]> ScreenChunk(int start) => Task.Run(() => index.ScreenMany(
                [.. input.Items.Skip(start).Take(Chunk).Select(r => r.Query)], options.Top, options.Threshold, options.Threads));
            var next = input.Items.Count > 0 ? ScreenChunk(0) : null;
            for (var start = 0; start < input.Items.Count; start += Chunk)
            {
                var results = next!.GetAwaiter().GetResult();
                next = start + Chunk < input.Items.Count ? ScreenChunk(start + Chunk) : null;
                for (var i = 0; i < results.Length; i++)
                {
                    writer.Write(input.Items[start + i].QueryId, results[i]);
                    if (results[i].Count > 0 && results[i][0].Score >= MatchOptions.DefaultAlertThreshold)
                    {
                        alerts++;
                    }
                }
                bar.Report(start + results.Length);
            }
            rows = writer.Rows;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bar.Done();
            error.WriteLine($"{options.Output}: cannot write: {ex.Message}");
            return ConcordCli.InputErrors;
        }
        bar.Done();
        var screenSeconds = clock.Elapsed.TotalSeconds;
        var queries = input.Items.Count;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"watch list: {index.EntryCount} entries, {index.NameCount} names indexed in {buildSeconds:0.0} s (files read in {readSeconds:0.0} s)"));
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"screened: {queries} queries in {screenSeconds:0.00} s ({queries / Math.Max(screenSeconds, 1e-6):0} queries/s), {rows} rows written to {options.Output}"));
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"alerts: {alerts} queries with a candidate scoring ≥ {MatchOptions.DefaultAlertThreshold:0.00} (default alert threshold)"));
        var errorCount = list.Errors.Count + input.Errors.Count;
        if (errorCount > 0)
        {
            error.WriteLine($"input errors: {errorCount} bad row(s) skipped (see above)");
            return ConcordCli.InputErrors;
        }
        return ConcordCli.Success;
    }

    private static void Report(TextWriter error, IReadOnlyList<ReadError> errors)
    {
        foreach (var e in errors)
        {
            error.WriteLine(e.ToString());
        }
    }
}
