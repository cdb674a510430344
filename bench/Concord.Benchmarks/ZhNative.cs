using Concord.Benchmarks.Evaluation;
using Concord.Matching;
using Concord.Matching.Index;
using Concord.Matching.Model;

namespace Concord.Benchmarks;

/// <summary>
/// `zh-native`: 3,000 native Chinese names (one of the 120 most common surnames + one or two common given-name
/// characters) screened against every UN and OFAC 2021 name; how many alert. Almost none of them is a listed person,
/// so this is a false-alert rate for Chinese names (also the `eval` row "not on the list: native Chinese names"), split
/// into namesakes and alerts on variant readings. `--reverse`: the other way round, the same Chinese names are the list
/// and every UN and OFAC 2021 person name (in Latin letters) is screened against it.
/// </summary>
internal static class ZhNative
{
    /// <param name="args">`--list`: print every alert that is not a namesake; `--namesakes`: print the namesakes too; `--reverse`: see above.</param>
    public static int Run(string[] args)
    {
        var list = args.Contains("--list");
        var namesakes = args.Contains("--namesakes");
        List<WatchlistEntry> listed = [.. EvalSets.Un(), .. EvalSets.Ofac("ofac-sdn-2021")];
        var set = args.Contains("--reverse") ? NonListSets.NativeChineseListed(listed, 3000, 21) : NonListSets.NativeChinese(listed, 3000, 21);
        var index = MatchIndex.Build(set.Watchlist);
        var queries = set.Cases.Select(c => c.Query).ToList();
        var alerts = 0;
        var exact = 0;
        var shown = 0;
        foreach (var query in queries)
        {
            var n = query.Name;
            var r = index.Screen(query, 1);
            if (r.Count > 0 && r[0].Score >= MatchOptions.DefaultAlertThreshold)
            {
                alerts++;
                if (r[0].Explanation.Parts.All(p => p.Similarity >= 0.95) && r[0].Explanation.UnmatchedQueryParts.Count == 0 && r[0].Explanation.UnmatchedRecordParts.Count == 0)
                {
                    exact++; // the same name in another script: a real namesake, not a matcher error
                    if (namesakes)
                    {
                        Console.WriteLine($"  namesake: {n} -> {r[0].MatchedName} {r[0].Score:0.000}");
                    }
                    continue;
                }
                if (list || shown++ < 15)
                {
                    Console.WriteLine($"  {n} -> {r[0].MatchedName} {r[0].Score:0.000}: {r[0].Explanation.Summary}");
                }
            }
        }
        Console.WriteLine($"queries: {queries.Count}, alerts at {MatchOptions.DefaultAlertThreshold}: {alerts} ({100.0 * alerts / queries.Count:0.0}%), "
            + $"of which every part matched at ≥ 0.95, none left over (a namesake): {exact}; the rest ({100.0 * (alerts - exact) / queries.Count:0.0}%) on variant spellings");
        return 0;
    }
}
