using Concord.Benchmarks.Evaluation;
using Concord.Matching;
using Concord.Matching.Index;
using Concord.Matching.Model;

namespace Concord.Benchmarks;

/// <summary>
/// `zh-native`: 3,000 native Chinese names (one of the 120 most common surnames + one or two common given-name
/// characters) screened against every UN and OFAC 2021 name; how many alert. Almost none of them is a listed person,
/// so this is a false-alert rate for Chinese names, which the "not on the list" set of `eval` does not contain.
/// </summary>
internal static class ZhNative
{
    /// <param name="args">`--list`: print every alert that is not a namesake.</param>
    public static int Run(string[] args)
    {
        var list = args.Contains("--list");
        var index = MatchIndex.Build([.. EvalSets.Un(), .. EvalSets.Ofac("ofac-sdn-2021")]);
        var surnames = File.ReadLines(Path.Combine(RepoPaths.MatchingData, "zh_surnames.tsv")).Where(l => l.Length > 0 && l[0] != '#').Take(120).Select(l => l.Split('\t')[0]).ToList();
        const string given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉萍鹏飞斌宇浩凯健俊帆帅旭晨辉鑫磊琳雪梅婷慧莉倩颖佳欣怡文";
        var rng = new Random(21);
        var names = new HashSet<string>();
        while (names.Count < 3000)
        {
            var n = surnames[rng.Next(surnames.Count)] + given[rng.Next(given.Length)] + (rng.Next(2) == 0 ? "" : given[rng.Next(given.Length)].ToString());
            names.Add(n);
        }
        var alerts = 0;
        var exact = 0;
        var shown = 0;
        foreach (var n in names)
        {
            var r = index.Screen(new ScreeningQuery(n), 1);
            if (r.Count > 0 && r[0].Score >= MatchOptions.DefaultAlertThreshold)
            {
                alerts++;
                if (r[0].Explanation.Parts.All(p => p.Similarity >= 0.95))
                {
                    exact++; // the same name in Latin letters: a real namesake on the list, not a matcher error
                    continue;
                }
                if (list || shown++ < 15)
                {
                    Console.WriteLine($"  {n} -> {r[0].MatchedName} {r[0].Score:0.000}: {r[0].Explanation.Summary}");
                }
            }
        }
        Console.WriteLine($"native Chinese names: {names.Count}, alerts at {MatchOptions.DefaultAlertThreshold}: {alerts} ({100.0 * alerts / names.Count:0.0}%), "
            + $"of which every part matched at ≥ 0.95 (a namesake): {exact}; the rest ({100.0 * (alerts - exact) / names.Count:0.0}%) on variant spellings");
        return 0;
    }
}
