using System.Globalization;
using Concord.Matching.Model;
using Concord.Matching.Text;
using Concord.Matching.Watchlists;

namespace Concord.Benchmarks.Evaluation;

/// <summary>
/// Cyrillic ↔ Latin sets: Russian person names (ru-zh Wikidata labels) in Latin by a random scheme
/// (ICAO, GOST 7.79 B, BGN/PCGN, ISO 9, French, German, English) with the patronymic dropped or
/// the order changed in some; Russian organisations of the OFAC list rendered in Russian (legal
/// forms in Russian, common words translated, the rest transliterated back).
/// </summary>
internal static class CrossScriptSets
{
    public static (EvalSet CyrToLat, EvalSet LatToCyr) Persons(List<WatchlistEntry> ofacDecoys, int seed)
    {
        var rng = new Random(seed);
        var rows = File.ReadLines(Path.Combine(EvalSets.Data, "ru-zh-persons-wikidata", "persons_ru_zh.tsv")).Skip(1)
            .Select(l => l.Split('\t')).Where(f => f.Length >= 3 && f[2].Length > 0)
            .Select(f => (Id: f[0], Words: TranscriptionOrder(f[2])))
            .Where(r => r.Words.Count >= 2 && r.Words.All(w => ScriptDetector.Dominant(w) == Script.Cyrillic))
            .ToList();
        var latinList = new List<WatchlistEntry>();
        var cyrillicList = new List<WatchlistEntry>();
        var cyrToLat = new List<EvalCase>();
        var latToCyr = new List<EvalCase>();
        foreach (var (id, words) in rows)
        {
            var listScheme = RussianSchemes.All[rng.Next(RussianSchemes.All.Length)];
            var queryScheme = RussianSchemes.All[rng.Next(RussianSchemes.All.Length)];
            latinList.Add(new WatchlistEntry(id, EntityKind.Person, [new WatchlistName(string.Join(' ', words.Select(w => RussianSchemes.Transliterate(w, listScheme))))]));
            cyrillicList.Add(new WatchlistEntry(id, EntityKind.Person, [new WatchlistName(string.Join(' ', words))]));
            var queryWords = Vary(words, rng);
            cyrToLat.Add(new EvalCase(new ScreeningQuery(string.Join(' ', queryWords)), [id]));
            latToCyr.Add(new EvalCase(new ScreeningQuery(string.Join(' ', Vary(words, rng).Select(w => RussianSchemes.Transliterate(w, queryScheme)))), [id]));
        }
        latinList.AddRange(ofacDecoys.Where(e => e.Kind == EntityKind.Person).Select(EvalSets.PrimaryOnly));
        return (
            new EvalSet("persons: Cyrillic → Latin", "Russian names (Cyrillic, some without patronymic or reordered) → Latin in 7 schemes, OFAC persons as decoys", latinList, cyrToLat),
            new EvalSet("persons: Latin → Cyrillic", "Russian names in Latin (7 schemes, some without patronymic or reordered) → Cyrillic", cyrillicList, latToCyr));
    }

    /// <summary>"Рихтер, Святослав Теофилович" → [Святослав, Теофилович, Рихтер].</summary>
    private static List<string> TranscriptionOrder(string label)
    {
        var comma = label.IndexOf(',', StringComparison.Ordinal);
        var ordered = comma > 0 ? label[(comma + 1)..] + " " + label[..comma] : label;
        return ordered.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static List<string> Vary(List<string> words, Random rng)
    {
        var w = new List<string>(words);
        if (w.Count == 3 && rng.NextDouble() < 0.4)
        {
            w.RemoveAt(1); // no patronymic
        }
        if (rng.NextDouble() < 0.25)
        {
            var last = w[^1];
            w.RemoveAt(w.Count - 1);
            w.Insert(0, last); // family name first
        }
        return w;
    }

    public static (EvalSet CyrToLat, EvalSet LatToCyr) Organisations(int seed)
    {
        var rng = new Random(seed);
        var folder = Path.Combine(EvalSets.Data, "ofac-sdn");
        var entries = OfacWatchlistReader.Read(Path.Combine(folder, "sdn.csv"), strict: false).Items.Where(e => e.Kind == EntityKind.Organization).ToList();
        var russian = RussianEntityIds(Path.Combine(folder, "add.csv"));
        var latinList = entries.Select(EvalSets.PrimaryOnly).ToList();
        var cyrillicList = new List<WatchlistEntry>();
        var cyrToLat = new List<EvalCase>();
        var latToCyr = new List<EvalCase>();
        foreach (var e in entries.Where(e => russian.Contains(e.Id)))
        {
            var primary = e.Names[0].Text;
            var cyr = LatinToRussian.Organisation(primary, full: rng.NextDouble() < 0.5, translateWords: rng.NextDouble() < 0.7);
            cyrToLat.Add(new EvalCase(new ScreeningQuery(cyr, Kind: EntityKind.Organization), [e.Id]));
            cyrillicList.Add(new WatchlistEntry(e.Id, EntityKind.Organization, [new WatchlistName(LatinToRussian.Organisation(primary, full: rng.NextDouble() < 0.5, translateWords: rng.NextDouble() < 0.7))]));
            latToCyr.Add(new EvalCase(new ScreeningQuery(LegalFormVariant(primary, rng), Kind: EntityKind.Organization), [e.Id]));
        }
        return (
            new EvalSet("orgs: Cyrillic → Latin", $"{cyrToLat.Count} Russian organisations of the OFAC list rendered in Russian (legal forms, translated words) → all OFAC entities", latinList, cyrToLat),
            new EvalSet("orgs: Latin → Cyrillic", "OFAC Russian organisations (legal form rewritten: LLC ↔ OOO ↔ Limited Liability Company, moved) → Russian renderings", cyrillicList, latToCyr));
    }

    private static string LegalFormVariant(string name, Random rng)
    {
        var forms = new[] { ("LIMITED LIABILITY COMPANY", new[] { "LLC", "OOO" }), ("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU", new[] { "LLC", "OOO" }), ("JOINT STOCK COMPANY", new[] { "JSC", "AO" }), ("OPEN JOINT STOCK COMPANY", new[] { "OJSC", "OAO" }), ("OOO", new[] { "LLC", "Limited Liability Company" }), ("LLC", new[] { "OOO", "Limited Liability Company" }), ("AO", new[] { "JSC", "Joint Stock Company" }), ("JSC", new[] { "AO", "Joint Stock Company" }) };
        var clean = name.Replace(",", " ", StringComparison.Ordinal).Replace("'", " ", StringComparison.Ordinal);
        foreach (var (form, alternatives) in forms)
        {
            var idx = (" " + clean + " ").IndexOf(" " + form + " ", StringComparison.Ordinal);
            if (idx >= 0)
            {
                var body = (clean[..idx] + " " + clean[Math.Min(clean.Length, idx + form.Length)..]).Trim();
                var alt = alternatives[rng.Next(alternatives.Length)];
                return rng.NextDouble() < 0.5 ? $"{alt} {body}" : $"{body} {alt}";
            }
        }
        return name;
    }

    private static HashSet<string> RussianEntityIds(string addPath)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var reader = new StreamReader(addPath);
        foreach (var (record, _, _) in DelimitedReader.Read(reader, ','))
        {
            if (record is not null && record.Fields.Count > 4 && record.Fields[4].Contains("Russia", StringComparison.Ordinal))
            {
                ids.Add(record.Fields[0]);
            }
        }
        return ids;
    }

    public static string Percent(double x) => (x * 100).ToString("0.0", CultureInfo.InvariantCulture);
}
