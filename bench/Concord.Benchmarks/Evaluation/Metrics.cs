using System.Diagnostics;
using Concord.Matching;
using Concord.Matching.Index;
using Concord.Matching.Scoring;

namespace Concord.Benchmarks.Evaluation;

/// <summary>Recall@1, recall@10 and alert rates of one evaluation set.</summary>
internal sealed record SetResult(string Name, int Queries, double Recall1, double Recall10, double AlertRate, double QueriesPerSecond, List<string> Misses);

internal static class Metrics
{
    public static SetResult Run(EvalSet set, double alertThreshold, int missesToKeep = 15)
    {
        var index = MatchIndex.Build(set.Watchlist);
        var queries = set.Cases.Select(c => c.Query).ToList();
        var sw = Stopwatch.StartNew();
        var results = index.ScreenMany(queries, top: 10);
        sw.Stop();
        var hit1 = 0;
        var hit10 = 0;
        var alerts = 0;
        var misses = new List<string>();
        for (var i = 0; i < set.Cases.Count; i++)
        {
            var r = results[i];
            var expected = set.Cases[i].Expected;
            if (r.Count > 0 && r[0].Score >= alertThreshold)
            {
                alerts++;
            }
            var rank = -1;
            for (var k = 0; k < r.Count; k++)
            {
                if (expected.Contains(r[k].Entry.Id))
                {
                    rank = k;
                    break;
                }
            }
            if (rank == 0)
            {
                hit1++;
            }
            if (rank >= 0)
            {
                hit10++;
            }
            if (!set.NonList && rank != 0 && misses.Count < missesToKeep)
            {
                misses.Add($"  {set.Cases[i].Query.Name} -> expected {string.Join('|', expected)}; rank {(rank < 0 ? "-" : (rank + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}; top: {Top(r)}");
            }
            if (set.NonList && r.Count > 0 && r[0].Score >= alertThreshold && misses.Count < missesToKeep)
            {
                misses.Add($"  {set.Cases[i].Query.Name} -> alert {r[0].MatchedName} {r[0].Score:0.000}: {r[0].Explanation.Summary}");
            }
        }
        var n = Math.Max(1, set.Cases.Count);
        return new SetResult(set.Name, set.Cases.Count, (double)hit1 / n, (double)hit10 / n, (double)alerts / n, set.Cases.Count / sw.Elapsed.TotalSeconds, misses);
    }

    private static string Top(IReadOnlyList<Candidate> r) =>
        string.Join(" | ", r.Take(3).Select(c => $"{c.Entry.Id} {c.MatchedName} {c.Score:0.000}"));

    /// <summary>Top scores of non-list queries, to choose the alert threshold.</summary>
    public static double[] TopScores(EvalSet set)
    {
        var index = MatchIndex.Build(set.Watchlist);
        var results = index.ScreenMany(set.Cases.Select(c => c.Query).ToList(), top: 1);
        return results.Select(r => r.Count > 0 ? r[0].Score : 0).ToArray();
    }

    public static double DefaultThreshold => MatchOptions.DefaultAlertThreshold;
}
