using System.Text;

namespace Concord.Matching.Transliteration;

/// <summary>Hiragana and katakana to Hepburn romanization (long vowels written once).</summary>
public static class KanaRomanizer
{
    private static readonly string[] Syllables = BuildTable();

    /// <summary>The Hepburn reading of a kana word; characters that are not kana are skipped.</summary>
    public static string ToLatin(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var sb = new StringBuilder(word.Length * 2);
        var doubleNext = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = ToHiragana(word[i]);
            if (c == 'っ')
            {
                doubleNext = true;
                continue;
            }
            if (c == 'ー')
            {
                continue;
            }
            if (c is < '\u3041' or > '\u3096')
            {
                continue;
            }
            var syllable = Syllables[c - 0x3041];
            if (i + 1 < word.Length)
            {
                var small = ToHiragana(word[i + 1]);
                var glide = small switch { 'ゃ' => "a", 'ゅ' => "u", 'ょ' => "o", _ => null };
                if (glide is not null && syllable.Length >= 2 && syllable[^1] == 'i')
                {
                    var stem = syllable[..^1];
                    syllable = stem is "sh" or "ch" or "j" ? stem + glide : stem + "y" + glide;
                    i++;
                }
                else if (small is 'ぁ' or 'ぃ' or 'ぅ' or 'ぇ' or 'ぉ' && syllable.Length >= 2)
                {
                    syllable = syllable[..^1] + Syllables[small - 0x3041 + 1];
                    i++;
                }
            }
            if (doubleNext && syllable.Length > 0)
            {
                sb.Append(syllable[0] == 'c' ? 't' : syllable[0]);
                doubleNext = false;
            }
            sb.Append(syllable);
        }
        return sb.ToString();
    }

    private static char ToHiragana(char c) => c is >= '\u30A1' and <= '\u30F6' ? (char)(c - 0x60) : c;

    private static string[] BuildTable()
    {
        // U+3041 .. U+3096 in code point order.
        const string table =
            "a a i i u u e e o o ka ga ki gi ku gu ke ge ko go sa za shi ji su zu se ze so zo " +
            "ta da chi ji tsu tsu zu te de to do na ni nu ne no ha ba pa hi bi pi fu bu pu he be pe ho bo po " +
            "ma mi mu me mo ya ya yu yu yo yo ra ri ru re ro wa wa wi we wo n vu ka ke";
        return table.Split(' ');
    }
}
