using Concord.Matching.Data;

namespace Concord.Matching.Transliteration.Han;

/// <summary>Han characters: traditional → simplified and toneless pinyin readings (from CC-CEDICT, data/han.tsv).</summary>
internal sealed class HanTable
{
    private static readonly Lazy<HanTable> Shared = new(Load);
    private readonly Dictionary<int, string[]> _readings;
    private readonly Dictionary<int, int> _simplified;

    private HanTable(Dictionary<int, string[]> readings, Dictionary<int, int> simplified)
    {
        _readings = readings;
        _simplified = simplified;
        _syllableForms = new Lazy<HashSet<string>>(() => Syllables(readings));
    }

    public static HanTable Instance => Shared.Value;

    /// <summary>The simplified form of a character (itself when it has none).</summary>
    public int Simplify(int codePoint) => _simplified.TryGetValue(codePoint, out var s) ? s : codePoint;

    /// <summary>Pinyin readings of a (simplified) character, most used first; empty when unknown.</summary>
    public string[] Readings(int codePoint) =>
        _readings.TryGetValue(Simplify(codePoint), out var r) ? r : [];

    /// <summary>
    /// The P-forms of every pinyin syllable, its Wade–Giles spelling, and the Latin spellings of the Korean readings of
    /// Han characters (zhang, chang, zheng, cheng, hong, chon, son …): a Latin word made of them is syllables of its
    /// own, not a spelling variant of others.
    /// </summary>
    private readonly Lazy<HashSet<string>> _syllableForms;

    /// <summary>
    /// True when a Latin P-form is one or more Chinese syllables written together (lin, linna, julia = ju·li·a,
    /// tapang = ta·pang): read as a Chinese name, such a word is its own syllables, not a spelling of others.
    /// </summary>
    public bool IsSyllableSequence(ReadOnlySpan<char> form)
    {
        if (form.Length == 0 || form.Length > 64)
        {
            return false;
        }
        var syllables = _syllableForms.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<bool> reachable = stackalloc bool[form.Length + 1];
        reachable.Clear();
        reachable[0] = true;
        for (var i = 0; i < form.Length; i++)
        {
            if (!reachable[i])
            {
                continue;
            }
            for (var len = 1; len <= MaxSyllableLength && i + len <= form.Length; len++)
            {
                if (syllables.Contains(form.Slice(i, len)))
                {
                    reachable[i + len] = true;
                }
            }
        }
        return reachable[form.Length];
    }

    /// <summary>The longest syllable looked up (pinyin zhuang and Wade–Giles hsiung are six letters).</summary>
    private const int MaxSyllableLength = 7;

    private static HashSet<string> Syllables(Dictionary<int, string[]> readings)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in readings.Values)
        {
            foreach (var pinyin in r)
            {
                set.Add(Phonetics.PhoneticKey.Form(pinyin));
                set.Add(Phonetics.PhoneticKey.Form(WadeGiles.FromPinyin(pinyin)));
            }
        }
        foreach (var hangul in NameLexicon.Instance.KoreanReadings.Values.Distinct())
        {
            foreach (var latin in HangulRomanizer.SyllableSpellings(hangul))
            {
                set.Add(Phonetics.PhoneticKey.Form(latin));
            }
        }
        set.Remove("");
        return set;
    }

    /// <summary>The code points of a Han word, simplified.</summary>
    public int[] SimplifiedCodePoints(string word)
    {
        var list = new List<int>(word.Length);
        foreach (var rune in word.EnumerateRunes())
        {
            list.Add(Simplify(rune.Value));
        }
        return [.. list];
    }

    private static HanTable Load()
    {
        var readings = new Dictionary<int, string[]>(12_000);
        var simplified = new Dictionary<int, int>(4_000);
        foreach (var row in DataFile.Rows("han.tsv"))
        {
            if (row.Length < 2 || row[0].Length == 0)
            {
                continue;
            }
            var cp = DataFile.CodePoint(row[0]);
            if (row[1].StartsWith('='))
            {
                simplified[cp] = DataFile.CodePoint(row[1][1..]);
            }
            else
            {
                readings[cp] = row[1].Split(',');
            }
        }
        return new HanTable(readings, simplified);
    }
}
