using System.Globalization;
using System.Text;
using Concord.Matching.Model;
using Concord.Matching.Phonetics;
using Concord.Matching.Text;
using Concord.Matching.Transliteration;
using Concord.Matching.Watchlists;

namespace Concord.Benchmarks.Evaluation;

/// <summary>Builds the evaluation sets from ../shared/data (dev data only).</summary>
internal static class EvalSets
{
    public static string Data => RepoPaths.SharedData;

    public static List<WatchlistEntry> Un() => Must(UnXmlWatchlistReader.Read(Path.Combine(Data, "un-consolidated", "consolidated.xml"), strict: false));

    public static List<WatchlistEntry> Ofac(string folder) => Must(OfacWatchlistReader.Read(Path.Combine(Data, folder, "sdn.csv"), strict: false));

    private static List<WatchlistEntry> Must(ReadResult<WatchlistEntry> r)
    {
        if (r.Failed)
        {
            throw new InvalidOperationException(string.Join("; ", r.Errors));
        }
        return [.. r.Items];
    }

    public static WatchlistEntry PrimaryOnly(WatchlistEntry e) =>
        new(e.Id, e.Kind, [e.Names[0]]) { BirthDates = e.BirthDates, Nationalities = e.Nationalities, DocumentNumbers = e.DocumentNumbers };

    /// <summary>Aliases (and former names) queried against a list holding only primary names.</summary>
    /// <param name="weakAliases">Include weak aliases (UN low-quality aliases are list aliases; OFAC's weak ones come from the Remarks text, not alt.csv).</param>
    /// <param name="query">How the query is made from the alias and its entry (default: the name and the entry's type).</param>
    public static EvalSet AliasesAgainstPrimary(string name, List<WatchlistEntry> list, bool originalScript = false, bool weakAliases = true, Func<string, WatchlistEntry, ScreeningQuery>? query = null)
    {
        query ??= (alias, e) => new ScreeningQuery(alias, Kind: e.Kind);
        var watchlist = list.Select(PrimaryOnly).ToList();
        var cases = new List<EvalCase>();
        foreach (var e in list)
        {
            foreach (var n in e.Names.Skip(1))
            {
                var wanted = originalScript ? n.Kind == NameKind.OriginalScript : n.Kind != NameKind.OriginalScript;
                if (!weakAliases && n.Kind == NameKind.WeakAlias)
                {
                    continue;
                }
                if (!wanted || string.Equals(n.Text.Trim(), e.Names[0].Text.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                cases.Add(new EvalCase(query(n.Text, e), [e.Id]));
            }
        }
        return new EvalSet(name, originalScript ? "names in original script → primary names" : weakAliases ? "aliases (good and low quality) and former names → primary names" : "alt.csv aliases (a.k.a., f.k.a., n.k.a.) → primary names", watchlist, cases);
    }

    /// <summary>The query `concord screen` makes from an input row with only a name (no type column).</summary>
    public static ScreeningQuery NameOnly(string alias, WatchlistEntry e) => new(alias);

    /// <summary>A query row that also gives the entry's first date of birth and nationality.</summary>
    public static ScreeningQuery WithBirthAndNationality(string alias, WatchlistEntry e) =>
        new(alias, e.BirthDates.Count > 0 ? e.BirthDates[0] : null, e.Nationalities.Count > 0 ? e.Nationalities[0] : null);

    /// <summary>The 22 watchman cross-script pairs, with the UN and OFAC primary names as decoys.</summary>
    public static EvalSet Watchman(List<WatchlistEntry> decoys)
    {
        var lines = File.ReadAllLines(Path.Combine(Data, "watchman-cross-script", "cross_script_pairs.csv"));
        var pairs = lines.Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(',')).Where(f => f.Length >= 2).Select(f => (Query: f[0].Trim(), Expected: f[1].Trim())).ToList();
        var expectedNames = pairs.Select(p => p.Expected).Distinct(StringComparer.Ordinal).ToList();
        // A "decoy" spelling the same name (ALI, Muhammad for Mohamed Ali) is not a decoy: leave those out.
        var keys = expectedNames.Select(SkeletonKey).ToHashSet(StringComparer.Ordinal);
        var watchlist = new List<WatchlistEntry>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < expectedNames.Count; i++)
        {
            ids[expectedNames[i]] = "W" + (i + 1).ToString(CultureInfo.InvariantCulture);
            watchlist.Add(new WatchlistEntry(ids[expectedNames[i]], EntityKind.Person, [new WatchlistName(expectedNames[i])]));
        }
        watchlist.AddRange(decoys.Select(PrimaryOnly).Where(e => !keys.Contains(SkeletonKey(e.Names[0].Text))));
        var cases = pairs.Select(p => new EvalCase(new ScreeningQuery(p.Query), [ids[p.Expected]])).ToList();
        return new EvalSet("watchman 22 pairs", "cross-script pairs (Arabic, Cyrillic, Chinese, Korean, Japanese, Greek, Hebrew, Thai) with UN+OFAC decoys", watchlist, cases);
    }

    /// <summary>Sorted consonant skeletons of the words of a name: equal for spelling variants in any order.</summary>
    public static string SkeletonKey(string name) =>
        string.Join(' ', Key(name).Split(' ').Select(w => PhoneticKey.Skeleton(w)).Order(StringComparer.Ordinal));

    /// <summary>Sorted P-forms of the words of a name: equal for the same name in another order.</summary>
    public static string Key(string name) =>
        string.Join(' ', TextNormalizer.Tokenize(name).Select(t => PhoneticKey.Form(t.Script == Script.Cyrillic ? CyrillicTransliterator.ToLatin(t.Text)[0] : t.Text)).Order(StringComparer.Ordinal));

    /// <summary>Russian ↔ Chinese person names (validation part of the split; the training part only as decoys).</summary>
    public static (EvalSet ZhToRu, EvalSet RuToZh, EvalSet ZhToLatin) RuZh()
    {
        var rows = File.ReadLines(Path.Combine(Data, "ru-zh-persons-wikidata", "persons_ru_zh.tsv")).Skip(1)
            .Select(l => l.Split('\t')).Where(f => f.Length >= 3 && f[1].Length > 0 && f[2].Length > 0).ToList();
        var russian = rows.Select(f => new WatchlistEntry(f[0], EntityKind.Person, [new WatchlistName(f[2])])).ToList();
        var chinese = rows.Select(f => new WatchlistEntry(f[0], EntityKind.Person, [new WatchlistName(f[1])])).ToList();
        var latin = rows.Select(f => new WatchlistEntry(f[0], EntityKind.Person, [new WatchlistName(IcaoLatin(f[2]))])).ToList();
        var validation = rows.Where(f => !DevSplit.IsTraining(f[0])).ToList();
        var zhToRu = validation.Select(f => new EvalCase(new ScreeningQuery(f[1], Kind: EntityKind.Person), [f[0]])).ToList();
        var ruToZh = validation.Select(f => new EvalCase(new ScreeningQuery(f[2], Kind: EntityKind.Person), [f[0]])).ToList();
        return (
            new EvalSet("ru-zh: Chinese → Russian", "Chinese transcriptions of Russian names (validation split) → Cyrillic names", russian, zhToRu),
            new EvalSet("ru-zh: Russian → Chinese", "Cyrillic names (validation split) → Chinese transcriptions", chinese, ruToZh),
            new EvalSet("ru-zh: Chinese → Latin", "Chinese transcriptions (validation split) → ICAO Latin of the Russian names", latin, zhToRu));
    }

    private static string IcaoLatin(string cyrillic)
    {
        var sb = new StringBuilder();
        foreach (var t in TextNormalizer.Tokenize(cyrillic))
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }
            sb.Append(t.Script == Script.Cyrillic ? RussianSchemes.Transliterate(t.Text, RussianSchemes.Scheme.Icao) : t.Original);
        }
        return sb.ToString();
    }

    /// <summary>Single-word transliteration pairs (translit-wikidata, authors' training part): target script ↔ Latin.</summary>
    /// <param name="zhQuarter">Only the pairs of <see cref="ZhHoldout"/> (wd_chinese_80).</param>
    public static (EvalSet ToLatin, EvalSet FromLatin) WordPairs(string file, string label, int sample, int seed, bool zhQuarter = false)
    {
        var pairs = File.ReadLines(Path.Combine(Data, "translit-wikidata-en-xx", file))
            .Select(l => l.Split('\t')).Where(f => f.Length >= 2 && (!zhQuarter || ZhHoldout.IsHeldOut(f[0], f[1])))
            .Select(f => (Latin: f[0].Trim(), Other: f[1].Replace(" ", "", StringComparison.Ordinal).Trim()))
            .Where(p => p.Latin.Length >= 3 && p.Other.Length >= 2)
            .ToList();
        var rng = new Random(seed);
        var chosen = pairs.OrderBy(_ => rng.Next()).Take(sample).ToList();
        var latinIds = chosen.Select(p => p.Latin).Distinct(StringComparer.Ordinal).ToList();
        var otherIds = chosen.Select(p => p.Other).Distinct(StringComparer.Ordinal).ToList();
        var latinList = latinIds.Select(l => new WatchlistEntry("L:" + l, EntityKind.Person, [new WatchlistName(l)])).ToList();
        var otherList = otherIds.Select(o => new WatchlistEntry("O:" + o, EntityKind.Person, [new WatchlistName(o)])).ToList();
        var byOther = chosen.GroupBy(p => p.Other, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => "L:" + p.Latin).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var byLatin = chosen.GroupBy(p => p.Latin, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => "O:" + p.Other).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var toLatin = byOther.Select(kv => new EvalCase(new ScreeningQuery(kv.Key), kv.Value)).ToList();
        var fromLatin = byLatin.Select(kv => new EvalCase(new ScreeningQuery(kv.Key), kv.Value)).ToList();
        return (
            new EvalSet($"words: {label} → Latin", $"{sample} single-word pairs from translit-wikidata {file}", latinList, toLatin),
            new EvalSet($"words: Latin → {label}", $"{sample} single-word pairs from translit-wikidata {file}", otherList, fromLatin));
    }
}
