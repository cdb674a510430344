using System.Text;
using Concord.Matching.Text;

namespace Concord.Matching.Transliteration;

/// <summary>
/// Cyrillic to Latin for Russian, Belarusian, Ukrainian, Kazakh, Kyrgyz, Uzbek, Tajik and the
/// South Slavic letters. The first reading follows BGN/PCGN and the Russian passport (ICAO 9303)
/// practice; the others are the variants real documents use where these disagree in a way the
/// P-form does not absorb (ye/e at the start of a word, yo/e for ё, h/g for Ukrainian and
/// Belarusian г). GOST 7.79, ISO 9, French and German spellings meet the first reading after
/// <see cref="Phonetics.PhoneticKey"/> (šč/shh/chtch → x, ž/j/zh → j, ou → u, w → v).
/// </summary>
public static class CyrillicTransliterator
{
    /// <summary>Latin readings of one lower-case Cyrillic word, most common first.</summary>
    public static List<string> ToLatin(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var ukrainianOrBelarusian = word.AsSpan().IndexOfAny("іїєґў") >= 0;
        var first = Transliterate(word, ukrainianOrBelarusian, yoAsYo: false, initialYe: false);
        var readings = new List<string>(3) { first };
        if (word.Length > 1 && word[0] is 'е' or 'є')
        {
            AddDistinct(readings, Transliterate(word, ukrainianOrBelarusian, yoAsYo: false, initialYe: true));
        }
        if (word.Contains('ё', StringComparison.Ordinal))
        {
            AddDistinct(readings, Transliterate(word, ukrainianOrBelarusian, yoAsYo: true, initialYe: false));
        }
        if (ukrainianOrBelarusian && word.Contains('г', StringComparison.Ordinal))
        {
            AddDistinct(readings, Transliterate(word, ukrainianOrBelarusian: false, yoAsYo: false, initialYe: false));
        }
        return readings;
    }

    private static void AddDistinct(List<string> list, string s)
    {
        if (!list.Contains(s))
        {
            list.Add(s);
        }
    }

    private static string Transliterate(string word, bool ukrainianOrBelarusian, bool yoAsYo, bool initialYe)
    {
        var sb = new StringBuilder(word.Length + 4);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var prev = i > 0 ? word[i - 1] : '\0';
            switch (c)
            {
                case 'е':
                    sb.Append(i == 0 && initialYe ? "ye" : "e");
                    break;
                case 'ё':
                    sb.Append(yoAsYo ? (prev is 'ж' or 'ш' or 'ч' or 'щ' ? "o" : "yo") : "e");
                    break;
                case 'г':
                    sb.Append(ukrainianOrBelarusian ? "h" : "g");
                    break;
                default:
                    var mapped = Letter(c);
                    if (mapped is not null)
                    {
                        sb.Append(mapped);
                    }
                    else if (ScriptDetector.Of(c) == Script.Latin)
                    {
                        LatinFolding.Append(sb, c);
                    }
                    else if (char.IsDigit(c))
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>The BGN/PCGN-style Latin for one lower-case Cyrillic letter, or null.</summary>
    public static string? Letter(char c) => c switch
    {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' => "e",
        'ё' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' => "",
        'ы' => "y",
        'ь' => "",
        'э' => "e",
        'ю' => "yu",
        'я' => "ya",
        // Ukrainian and Belarusian
        'є' => "ye",
        'і' => "i",
        'ї' => "yi",
        'ґ' => "g",
        'ў' => "u",
        // Kazakh, Kyrgyz, Uzbek, Tajik, Bashkir, Tatar
        'ә' => "a",
        'ғ' => "gh",
        'қ' => "q",
        'ң' => "ng",
        'ө' => "o",
        'ұ' => "u",
        'ү' => "u",
        'һ' => "h",
        'ҳ' => "h",
        'ҷ' => "j",
        'ӣ' => "i",
        'ӯ' => "u",
        'ҡ' => "q",
        'ҙ' => "z",
        'ҫ' => "s",
        'ӑ' => "a",
        'ӗ' => "e",
        'ҁ' => "s",
        'ӊ' => "ng",
        'ӧ' => "o",
        'ӱ' => "u",
        'ӹ' => "y",
        'җ' => "zh",
        // South Slavic
        'ђ' => "dj",
        'ј' => "j",
        'љ' => "lj",
        'њ' => "nj",
        'ћ' => "ch",
        'џ' => "dzh",
        'ѓ' => "gj",
        'ќ' => "kj",
        'ѕ' => "dz",
        _ => null,
    };
}
