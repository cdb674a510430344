using System.Globalization;
using System.Text.Json;
using Concord.Benchmarks.Evaluation;
using Concord.Matching.Model;
using Concord.Matching.Text;

namespace Concord.Benchmarks.Synthetic;

/// <summary>A name part in Latin with its spellings in other scripts, as real data gives them.</summary>
internal sealed record PartSpellings(string Latin, string? Cyrillic, string? Chinese, string? Arabic);

/// <summary>
/// Real name-part distributions from ../shared/data: given and family names of the UN and OFAC
/// lists, Russian given names, patronymics and family names (Wikidata labels), Chinese surnames
/// and given-name characters (CC-CEDICT person entries), Wikidata person-name words with their
/// Cyrillic, Chinese and Arabic spellings (translit-wikidata), and words of organisation names.
/// </summary>
internal sealed class NamePools
{
    public WeightedPool<string> ListGiven { get; } = new();
    public WeightedPool<string> ListFamily { get; } = new();
    public WeightedPool<string> RuGiven { get; } = new();
    public WeightedPool<string> RuPatronymic { get; } = new();
    public WeightedPool<string> RuFamily { get; } = new();
    public WeightedPool<string> ZhSurname { get; } = new();
    public WeightedPool<string> ZhGivenChar { get; } = new();
    public WeightedPool<PartSpellings> World { get; } = new();
    public WeightedPool<PartSpellings> Arabic { get; } = new();
    public WeightedPool<string> OrgWord { get; } = new();
    public WeightedPool<string> LegalForm { get; } = new();

    public static NamePools Load()
    {
        var p = new NamePools();
        var data = RepoPaths.SharedData;
        var given = new Dictionary<string, int>(StringComparer.Ordinal);
        var family = new Dictionary<string, int>(StringComparer.Ordinal);
        var orgWords = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in EvalSets.Ofac("ofac-sdn").Concat(EvalSets.Ofac("ofac-sdn-2021")))
        {
            var text = e.Names[0].Text;
            if (e.Kind == EntityKind.Person)
            {
                var comma = text.IndexOf(',', StringComparison.Ordinal);
                if (comma > 0)
                {
                    Count(family, Title(text[..comma].Trim()));
                    foreach (var g in text[(comma + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        Count(given, Title(g));
                    }
                }
            }
            else if (e.Kind == EntityKind.Organization)
            {
                foreach (var w in text.Split([' ', ',', '.', '"', '\'', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (w.Length > 2 && w.All(char.IsLetter))
                    {
                        Count(orgWords, Title(w));
                    }
                }
            }
        }
        foreach (var (k, v) in given)
        {
            p.ListGiven.Add(k, v);
        }
        foreach (var (k, v) in family)
        {
            p.ListFamily.Add(k, v);
        }
        foreach (var (k, v) in orgWords)
        {
            p.OrgWord.Add(k, v);
        }
        foreach (var lf in new[] { "LLC", "Ltd", "JSC", "OOO", "AO", "Co., Ltd.", "GmbH", "S.A.", "Limited", "Corporation", "Inc." })
        {
            p.LegalForm.Add(lf, 1);
        }

        var ruGiven = new Dictionary<string, int>(StringComparer.Ordinal);
        var ruPatronymic = new Dictionary<string, int>(StringComparer.Ordinal);
        var ruFamily = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in File.ReadLines(Path.Combine(data, "ru-zh-persons-wikidata", "persons_ru_zh.tsv")).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length >= 3))
        {
            var label = f[2];
            var comma = label.IndexOf(',', StringComparison.Ordinal);
            var words = (comma > 0 ? label[(comma + 1)..] + " " + label[..comma] : label).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || words.Any(w => ScriptDetector.Dominant(w) != Script.Cyrillic))
            {
                continue;
            }
            Count(ruGiven, words[0]);
            Count(ruFamily, words[^1]);
            if (words.Length == 3)
            {
                Count(ruPatronymic, words[1]);
            }
        }
        foreach (var (k, v) in ruGiven)
        {
            p.RuGiven.Add(k, v);
        }
        foreach (var (k, v) in ruPatronymic)
        {
            p.RuPatronymic.Add(k, v);
        }
        foreach (var (k, v) in ruFamily)
        {
            p.RuFamily.Add(k, v);
        }

        using (var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "zh-surname-romanizations", "corpus.json"))))
        {
            var rank = 0;
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                var s = item.GetProperty("zh_sim").GetString();
                if (!string.IsNullOrEmpty(s))
                {
                    rank++;
                    p.ZhSurname.Add(s, 1.0 / rank);
                }
            }
        }
        var givenChars = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(data, "cc-cedict", "cedict_ts.u8")))
        {
            // "張若虛 张若虚 [Zhang1 Ruo4 xu1] /Zhang Ruoxu (c. 660-720), ..." : a Chinese person; the characters after the surname are given-name characters.
            var lb = line.IndexOf('[', StringComparison.Ordinal);
            if (line.Length == 0 || line[0] == '#' || lb < 0)
            {
                continue;
            }
            var fields = line.Split(' ');
            var simp = fields[1];
            var pinyin = line[(lb + 1)..line.IndexOf(']', StringComparison.Ordinal)].Split(' ');
            if (simp.Length is < 2 or > 3 || pinyin.Length != simp.Length || !char.IsUpper(pinyin[0][0]) || !char.IsUpper(pinyin[1][0]))
            {
                continue;
            }
            var gloss = line[(line.IndexOf('/', StringComparison.Ordinal) + 1)..];
            if (!gloss.Contains(" (", StringComparison.Ordinal) || !char.IsUpper(gloss[0]) || !gloss.Contains('-', StringComparison.Ordinal))
            {
                continue;
            }
            for (var i = 1; i < simp.Length; i++)
            {
                Count(givenChars, simp[i].ToString());
            }
        }
        foreach (var (k, v) in givenChars)
        {
            p.ZhGivenChar.Add(k, v);
        }

        var world = new Dictionary<string, (string? Cyr, string? Zh, int Count)>(StringComparer.Ordinal);
        foreach (var (file, script) in new[] { ("wd_russian_80", 'c'), ("wd_chinese_80", 'z') })
        {
            foreach (var f in File.ReadLines(Path.Combine(data, "translit-wikidata-en-xx", file)).Select(l => l.Split('\t')).Where(f => f.Length >= 3))
            {
                var latin = f[0];
                if (latin.Length < 2 || !latin.All(char.IsAsciiLetterLower))
                {
                    continue;
                }
                var other = f[1].Replace(" ", "", StringComparison.Ordinal);
                var count = int.Parse(f[2], CultureInfo.InvariantCulture);
                world.TryGetValue(latin, out var w);
                world[latin] = script == 'c'
                    ? (w.Cyr ?? other, w.Zh, w.Count + count)
                    : (w.Cyr, w.Zh ?? other, w.Count + count);
            }
        }
        foreach (var (latin, (cyr, zh, count)) in world)
        {
            p.World.Add(new PartSpellings(Title(latin), cyr, zh, null), count);
        }
        foreach (var f in File.ReadLines(Path.Combine(data, "translit-wikidata-en-xx", "wd_arabic_80")).Select(l => l.Split('\t')).Where(f => f.Length >= 3))
        {
            if (f[0].Length >= 2 && f[0].All(char.IsAsciiLetterLower))
            {
                p.Arabic.Add(new PartSpellings(Title(f[0]), null, null, f[1].Replace(" ", "", StringComparison.Ordinal)), int.Parse(f[2], CultureInfo.InvariantCulture));
            }
        }
        return p;
    }

    private static void Count(Dictionary<string, int> d, string key) => d[key] = d.GetValueOrDefault(key) + 1;

    public static string Title(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant();
}
