using Concord.Matching.Data;

namespace Concord.Matching.Transliteration.Han;

/// <summary>
/// Names written in Han characters whose Latin form is not their pinyin: foreign names in
/// Chinese transcription and Korean names from CC-CEDICT (穆罕默德 → Muhammad, 金正恩 → Kim Jong Un),
/// Japanese surnames and given names (山田 → Yamada, 太郎 → Taro), and Sino-Korean readings of
/// Hanja (金 → 김). Keys are simplified.
/// </summary>
internal sealed class NameLexicon
{
    private static readonly Lazy<NameLexicon> Shared = new(Load);

    private NameLexicon()
    {
    }

    public static NameLexicon Instance => Shared.Value;

    /// <summary>Latin names for a Han word (each a list of words).</summary>
    public Dictionary<string, List<string[]>> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>Japanese surnames → Hepburn.</summary>
    public Dictionary<string, string> JapaneseSurnames { get; } = new(StringComparer.Ordinal);

    /// <summary>Japanese given names → Hepburn.</summary>
    public Dictionary<string, string> JapaneseGivenNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Hanja → Hangul syllable.</summary>
    public Dictionary<int, char> KoreanReadings { get; } = [];

    private static string Simplified(string s)
    {
        var cps = HanTable.Instance.SimplifiedCodePoints(s);
        return ChineseSurnames.Text(cps, cps.Length);
    }

    private static NameLexicon Load()
    {
        var lex = new NameLexicon();
        foreach (var row in DataFile.Rows("zh_lexicon.tsv"))
        {
            if (row.Length < 3)
            {
                continue;
            }
            var key = Simplified(row[1].Replace("·", "", StringComparison.Ordinal));
            var latin = row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (row[0] == "J")
            {
                lex.JapaneseSurnames.TryAdd(key, latin[0]);
                continue;
            }
            if (!lex.Names.TryGetValue(key, out var list))
            {
                lex.Names[key] = list = [];
            }
            list.Add(latin);
        }
        foreach (var row in DataFile.Rows("ja_names.tsv"))
        {
            if (row.Length < 3)
            {
                continue;
            }
            var target = row[0] == "S" ? lex.JapaneseSurnames : lex.JapaneseGivenNames;
            target.TryAdd(Simplified(row[1]), row[2]);
            target.TryAdd(row[1], row[2]);
        }
        foreach (var row in DataFile.Rows("ko_hanja.tsv"))
        {
            if (row.Length < 2 || row[1].Length == 0)
            {
                continue;
            }
            lex.KoreanReadings.TryAdd(HanTable.Instance.Simplify(DataFile.CodePoint(row[0])), row[1][0]);
        }
        return lex;
    }
}
