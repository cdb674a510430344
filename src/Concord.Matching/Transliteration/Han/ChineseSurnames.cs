using Concord.Matching.Data;

namespace Concord.Matching.Transliteration.Han;

/// <summary>
/// Chinese surnames (single and compound) with their regional romanizations: pinyin, Wade–Giles
/// (Taiwan), Hong Kong, Macao, Singapore, Malaysia, Korean and Vietnamese readings
/// (data/zh_surnames.tsv, from zh.wikipedia via zh-surname-romanizations, CC BY-SA 4.0).
/// </summary>
internal sealed class ChineseSurnames
{
    private static readonly Lazy<ChineseSurnames> Shared = new(Load);
    private readonly Dictionary<string, string[]> _bySimplified;

    private ChineseSurnames(Dictionary<string, string[]> bySimplified) => _bySimplified = bySimplified;

    public static ChineseSurnames Instance => Shared.Value;

    /// <summary>Romanizations of a surname written in simplified characters, pinyin first; null if not a known surname.</summary>
    public string[]? Variants(string simplified) => _bySimplified.GetValueOrDefault(simplified);

    /// <summary>Length in characters (2 for compound surnames, 1, or 0) of the surname that starts <paramref name="codePoints"/>.</summary>
    public int PrefixLength(int[] codePoints)
    {
        if (codePoints.Length >= 3 && _bySimplified.ContainsKey(Text(codePoints, 2)))
        {
            return 2;
        }
        return codePoints.Length >= 1 && _bySimplified.ContainsKey(Text(codePoints, 1)) ? 1 : 0;
    }

    public static string Text(int[] codePoints, int count)
    {
        var chars = new System.Text.StringBuilder(count * 2);
        for (var i = 0; i < count; i++)
        {
            chars.Append(char.ConvertFromUtf32(codePoints[i]));
        }
        return chars.ToString();
    }

    private static ChineseSurnames Load()
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var han = HanTable.Instance;
        foreach (var row in DataFile.Rows("zh_surnames.tsv"))
        {
            if (row.Length < 3)
            {
                continue;
            }
            var variants = row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var simplified = Text(han.SimplifiedCodePoints(row[0]), han.SimplifiedCodePoints(row[0]).Length);
            if (!map.ContainsKey(simplified))
            {
                map[simplified] = variants;
            }
        }
        return new ChineseSurnames(map);
    }
}
