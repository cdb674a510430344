using Concord.Matching.Model;
using Concord.Matching.Names;
using Concord.Matching.Text;

namespace Concord.Benchmarks.Evaluation;

/// <summary>
/// Names that are not on the list, made from real name parts that never occur together in it:
/// a given name of one listed person with the family name of another (Latin, from OFAC and UN),
/// Russian given and family names (Cyrillic, ru-zh labels) and Chinese transcriptions of them.
/// Used to measure how many innocent names alert.
/// </summary>
internal static class NonListSets
{
    public static EvalSet Build(List<WatchlistEntry> watchlist, int count, int seed)
    {
        var rng = new Random(seed);
        var cooccur = CoOccurrence(watchlist);
        var cases = new List<EvalCase>();

        // Latin: OFAC "LAST, First" persons; UN first/second names.
        var given = new List<string>();
        var family = new List<string>();
        foreach (var e in watchlist.Where(e => e.Kind == EntityKind.Person))
        {
            var text = e.Names[0].Text;
            var comma = text.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0)
            {
                family.Add(text[..comma].Trim());
                var first = text[(comma + 1)..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (first.Length > 0)
                {
                    given.Add(first[0]);
                }
            }
        }
        AddCombos(cases, given, family, cooccur, count / 2, rng);

        // Cyrillic and Chinese: ru-zh labels.
        var rows = File.ReadLines(Path.Combine(EvalSets.Data, "ru-zh-persons-wikidata", "persons_ru_zh.tsv")).Skip(1)
            .Select(l => l.Split('\t')).Where(f => f.Length >= 3).ToList();
        var ruGiven = new List<string>();
        var ruFamily = new List<string>();
        var zhGiven = new List<string>();
        var zhFamily = new List<string>();
        foreach (var f in rows)
        {
            var comma = f[2].IndexOf(',', StringComparison.Ordinal);
            if (comma > 0)
            {
                ruFamily.Add(f[2][..comma].Trim());
                var first = f[2][(comma + 1)..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (first.Length > 0)
                {
                    ruGiven.Add(first[0]);
                }
            }
            var zh = f[1].Split('·');
            if (zh.Length == 2)
            {
                zhGiven.Add(zh[0]);
                zhFamily.Add(zh[1]);
            }
        }
        AddCombos(cases, ruGiven, ruFamily, cooccur, count / 4, rng);
        AddCombos(cases, zhGiven, zhFamily, cooccur, count / 4, rng, "·");
        return new EvalSet("not on the list", $"{cases.Count} names from parts that never occur together in the list (Latin, Cyrillic, Chinese)", watchlist, cases, NonList: true);
    }

    /// <summary>
    /// Native Chinese names that are (almost all) not on the list: one of the 120 most common surnames and one or two
    /// common given-name characters (韩建华, 张宇). A few are namesakes of listed persons, whose alerts are right.
    /// </summary>
    public static EvalSet NativeChinese(List<WatchlistEntry> watchlist, int count, int seed) =>
        new("not on the list: native Chinese names", $"{count} Chinese names of a common surname and common given-name characters", watchlist,
            [.. NativeChineseNames(count, seed).Select(n => new EvalCase(new ScreeningQuery(n), []))], NonList: true);

    /// <summary>The other way round: the native Chinese names are the list, and the primary names of the UN and OFAC persons (nearly all in Latin letters) are screened against it.</summary>
    public static EvalSet NativeChineseListed(List<WatchlistEntry> persons, int count, int seed) =>
        new("not on the list: UN + OFAC persons against native Chinese names", $"primary names of the persons against {count} Chinese names",
            [.. NativeChineseNames(count, seed).Select((n, i) => new WatchlistEntry("zh" + i, EntityKind.Person, [new WatchlistName(n)]))],
            [.. persons.Where(e => e.Kind == EntityKind.Person).Select(e => e.Names[0].Text).Distinct(StringComparer.Ordinal).Select(n => new EvalCase(new ScreeningQuery(n), []))], NonList: true);

    public static List<string> NativeChineseNames(int count, int seed)
    {
        var surnames = File.ReadLines(Path.Combine(RepoPaths.MatchingData, "zh_surnames.tsv")).Where(l => l.Length > 0 && l[0] != '#').Take(120).Select(l => l.Split('\t')[0]).ToList();
        const string given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉萍鹏飞斌宇浩凯健俊帆帅旭晨辉鑫磊琳雪梅婷慧莉倩颖佳欣怡文";
        var rng = new Random(seed);
        var names = new List<string>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (names.Count < count)
        {
            var n = surnames[rng.Next(surnames.Count)] + given[rng.Next(given.Length)] + (rng.Next(2) == 0 ? "" : given[rng.Next(given.Length)].ToString());
            if (seen.Add(n))
            {
                names.Add(n);
            }
        }
        return names;
    }

    private static void AddCombos(List<EvalCase> cases, List<string> given, List<string> family, HashSet<(string, string)> cooccur, int wanted, Random rng, string separator = " ")
    {
        if (given.Count == 0 || family.Count == 0)
        {
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var added = 0;
        for (var attempt = 0; attempt < wanted * 50 && added < wanted; attempt++)
        {
            var g = given[rng.Next(given.Count)];
            var f = family[rng.Next(family.Count)];
            var gk = Keys(g);
            var fk = Keys(f);
            if (gk.Count == 0 || fk.Count == 0 || gk.Any(a => fk.Any(b => cooccur.Contains(Ordered(a, b)))))
            {
                continue;
            }
            var name = g + separator + f;
            if (seen.Add(name))
            {
                cases.Add(new EvalCase(new ScreeningQuery(name, Kind: EntityKind.Person), []));
                added++;
            }
        }
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    /// <summary>Consonant skeletons of the parts of a name (all readings), so that spelling variants count as the same part.</summary>
    private static List<string> Keys(string text)
    {
        var keys = new List<string>();
        foreach (var reading in NameParser.Parse(text, EntityKind.Person))
        {
            foreach (var unit in reading.Units)
            {
                if (unit.Span != 1 || unit.Role != NamePartRole.Name)
                {
                    continue;
                }
                foreach (var form in unit.Forms)
                {
                    if (form.Length > 1 && form[0] is not '#' and not '^')
                    {
                        keys.Add(form[0] == '~' ? Concord.Matching.Transliteration.AbjadForm.Skeleton(form.AsSpan(1)) : Concord.Matching.Phonetics.PhoneticKey.Skeleton(form));
                    }
                }
            }
        }
        return keys.Distinct(StringComparer.Ordinal).ToList();
    }

    private static HashSet<(string, string)> CoOccurrence(List<WatchlistEntry> watchlist)
    {
        var set = new HashSet<(string, string)>();
        foreach (var e in watchlist)
        {
            foreach (var n in e.Names)
            {
                if (ScriptDetector.Dominant(n.Text) == Script.Unknown)
                {
                    continue;
                }
                var keys = Keys(n.Text);
                for (var i = 0; i < keys.Count; i++)
                {
                    for (var j = 0; j < keys.Count; j++)
                    {
                        if (i != j)
                        {
                            set.Add(Ordered(keys[i], keys[j]));
                        }
                    }
                }
            }
        }
        return set;
    }
}
