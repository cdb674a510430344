using System.Text;

namespace Concord.Matching.Transliteration;

/// <summary>
/// Thai to an <see cref="AbjadForm"/>-like reading (after the Royal Thai General System of
/// Transcription for consonants; explicit vowels as Latin vowels, the unwritten inherent vowels
/// left to the comparison). Leading vowels (เ แ โ ใ ไ) are moved after their consonant.
/// </summary>
public static class ThaiTransliterator
{
    /// <summary>The reading of one Thai word.</summary>
    public static string ToAbjad(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var sb = new StringBuilder(word.Length * 2);
        string? pendingVowel = null;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c is 'เ' or 'แ' or 'โ' or 'ใ' or 'ไ')
            {
                pendingVowel = c switch { 'เ' => "e", 'แ' => "ae", 'โ' => "o", _ => "ai" };
                continue;
            }
            var consonant = Consonant(c, i == word.Length - 1 && sb.Length > 0);
            if (consonant is not null)
            {
                Append(sb, consonant);
                if (pendingVowel is not null)
                {
                    Append(sb, pendingVowel);
                    pendingVowel = null;
                }
                continue;
            }
            var vowel = Vowel(c);
            if (vowel is not null)
            {
                Append(sb, vowel);
            }
        }
        if (pendingVowel is not null)
        {
            Append(sb, pendingVowel);
        }
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string s)
    {
        foreach (var x in s)
        {
            if (sb.Length == 0 || sb[^1] != x)
            {
                sb.Append(x);
            }
        }
    }

    private static string? Vowel(char c) => c switch
    {
        'ะ' or 'ั' or 'า' => "A",
        'ำ' => "Am",
        'ิ' or 'ี' => "Y",
        'ึ' or 'ื' => "u",
        'ุ' or 'ู' => "W",
        _ => null,
    };

    private static string? Consonant(char c, bool final) => c switch
    {
        'ก' => "k",
        'ข' or 'ฃ' or 'ค' or 'ฅ' or 'ฆ' => "k",
        'ง' => "ng",
        'จ' or 'ฉ' or 'ช' or 'ฌ' => final ? "t" : "c",
        'ซ' or 'ศ' or 'ษ' or 'ส' => final ? "t" : "s",
        'ญ' => final ? "n" : "Y",
        'ฎ' or 'ด' => final ? "t" : "d",
        'ฏ' or 'ต' => "t",
        'ฐ' or 'ฑ' or 'ฒ' or 'ถ' or 'ท' or 'ธ' => "t",
        'ณ' or 'น' => "n",
        'บ' => final ? "p" : "b",
        'ป' => "p",
        'ผ' or 'พ' or 'ภ' => "p",
        'ฝ' or 'ฟ' => final ? "p" : "f",
        'ม' => "m",
        'ย' => "Y",
        'ร' => final ? "n" : "r",
        'ล' or 'ฬ' => final ? "n" : "l",
        'ว' => "W",
        'ห' or 'ฮ' => "h",
        'อ' => "A",
        _ => null,
    };
}
