using System.Text;
using System.Text.RegularExpressions;
using Concord.Matching.Phonetics;
using Concord.Matching.Text;

namespace Concord.Benchmarks.Tables;

/// <summary>A Chinese-script name and the Latin name a dictionary gives for it.</summary>
internal sealed record LexiconEntry(char Kind, string Chinese, string[] Latin);

/// <summary>
/// Mines zh_lexicon.tsv from CC-CEDICT proper-noun entries whose first gloss is a name in Latin
/// that is not just the pinyin (foreign names in Chinese transcription, Japanese surnames,
/// Korean names): 穆罕默德 → Muhammad, 阿卜杜拉 → Abdullah, 山田 → Yamada.
/// </summary>
internal static partial class LexiconBuilder
{
    [GeneratedRegex(@"^[A-Z][A-Za-z'\-]*( [A-Z][A-Za-z'\-]*){0,3}$")]
    private static partial Regex NamePattern();

    public static List<LexiconEntry> Build(List<CedictEntry> entries, Dictionary<string, string> tradToSimp)
    {
        var result = new List<LexiconEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (!e.ProperNoun || e.Glosses.Length == 0)
            {
                continue;
            }
            var simp = e.Simplified;
            var chars = HanTableBuilder.Chars(simp.Replace("·", "", StringComparison.Ordinal));
            if (chars.Count < 2 || chars.Any(c => ScriptDetector.Of(c[0]) != Script.Han))
            {
                continue;
            }
            foreach (var gloss in e.Glosses)
            {
                var japanese = gloss.Contains("(Japanese surname", StringComparison.Ordinal);
                var text = gloss;
                var cut = text.IndexOfAny(['(', ',', ';']);
                if (cut > 0)
                {
                    text = text[..cut];
                }
                text = text.Trim();
                if (!NamePattern().IsMatch(text))
                {
                    continue;
                }
                var latin = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
                    .Select(SurnameTableBuilder.Fold).Where(t => t.Length > 0).ToArray();
                if (latin.Length == 0)
                {
                    continue;
                }
                var pinyin = PhoneticKey.Form(string.Concat(e.Pinyin));
                var latinJoined = PhoneticKey.Form(string.Concat(latin));
                if (string.Equals(pinyin, latinJoined, StringComparison.Ordinal))
                {
                    continue; // a Chinese name or place spelt in pinyin: the pinyin reading already covers it
                }
                if (latin.Any(t => t is "university" or "river" or "city" or "county" or "province" or "mountain" or "mount" or "lake" or "island" or "sea" or "street" or "bay" or "dynasty" or "temple"))
                {
                    continue;
                }
                var kind = japanese ? 'J' : 'N';
                var key = simp + "\t" + string.Join(' ', latin);
                if (seen.Add(key))
                {
                    result.Add(new LexiconEntry(kind, simp, latin));
                }
                break;
            }
        }
        _ = tradToSimp;
        return result;
    }

    public static void Write(string path, List<LexiconEntry> lexicon)
    {
        var sb = new StringBuilder();
        sb.Append("# Chinese-script names with the Latin name a dictionary gives (N: name, J: Japanese surname).\n");
        sb.Append("# Mined from CC-CEDICT (MDBG) proper-noun entries, CC BY-SA 4.0.\n");
        foreach (var e in lexicon.OrderBy(e => e.Chinese, StringComparer.Ordinal))
        {
            sb.Append(e.Kind).Append('\t').Append(e.Chinese).Append('\t').Append(string.Join(' ', e.Latin)).Append('\n');
        }
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }
}
