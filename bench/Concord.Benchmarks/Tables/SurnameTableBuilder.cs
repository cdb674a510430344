using System.Text;
using System.Text.Json;
using Concord.Matching.Text;

namespace Concord.Benchmarks.Tables;

/// <summary>
/// Builds zh_surnames.tsv from zh-surname-romanizations/corpus.json (zh.wikipedia, CC BY-SA 4.0):
/// simplified, traditional, then every regional romanization (pinyin first) as folded ASCII.
/// </summary>
internal static class SurnameTableBuilder
{
    private static readonly string[] Columns = ["mainland", "taiwan", "hongkong", "macao", "singapore", "malaysia", "korea", "vietnam"];

    public static void Build(string corpusPath, string outPath)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(corpusPath));
        var sb = new StringBuilder();
        sb.Append("# Chinese surname -> romanizations (pinyin, Wade-Giles/Taiwan, Hong Kong, Macao, Singapore, Malaysia, Korean, Vietnamese).\n");
        sb.Append("# Derived from zh-surname-romanizations (Matthewow/Chinese_surname_corpus), content from zh.wikipedia, CC BY-SA 4.0.\n");
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            var simp = item.GetProperty("zh_sim").GetString() ?? "";
            var trad = item.GetProperty("zh_tra").GetString() ?? simp;
            if (simp.Length == 0)
            {
                continue;
            }
            var variants = new List<string>();
            foreach (var col in Columns)
            {
                if (!item.TryGetProperty(col, out var v) || v.ValueKind != JsonValueKind.String)
                {
                    continue;
                }
                foreach (var part in (v.GetString() ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var folded = Fold(part);
                    if (folded.Length > 0 && !variants.Contains(folded))
                    {
                        variants.Add(folded);
                    }
                }
            }
            if (variants.Count == 0)
            {
                continue;
            }
            sb.Append(simp).Append('\t').Append(trad).Append('\t').Append(string.Join(' ', variants)).Append('\n');
        }
        File.WriteAllText(outPath, sb.ToString(), new UTF8Encoding(false));
    }

    /// <summary>"Au Yeung" → "auyeung", "Triệu" → "trieu".</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder();
        foreach (var t in TextNormalizer.Tokenize(text))
        {
            if (t.Script == Script.Latin)
            {
                sb.Append(t.Text);
            }
        }
        return sb.ToString();
    }
}
