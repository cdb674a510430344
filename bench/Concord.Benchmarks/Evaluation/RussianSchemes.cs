using System.Text;

namespace Concord.Benchmarks.Evaluation;

/// <summary>
/// Russian → Latin by the schemes documents use, written independently of the matcher (for
/// generating evaluation queries): ICAO 9303, GOST 7.79 B, BGN/PCGN, ISO 9, French, German,
/// and the common English (Wikipedia) style.
/// </summary>
internal static class RussianSchemes
{
    public enum Scheme { Icao, GostB, Bgn, Iso9, French, German, English }

    public static readonly Scheme[] All = [Scheme.Icao, Scheme.GostB, Scheme.Bgn, Scheme.Iso9, Scheme.French, Scheme.German, Scheme.English];

    private static bool IsVowel(char c) => "аеёиоуыэюяaeiou".Contains(c, StringComparison.Ordinal);

    public static string Transliterate(string word, Scheme scheme)
    {
        var lower = word.ToLowerInvariant();
        var sb = new StringBuilder();
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            var prev = i > 0 ? lower[i - 1] : '\0';
            var next = i + 1 < lower.Length ? lower[i + 1] : '\0';
            var startOrAfterVowel = i == 0 || IsVowel(prev) || prev is 'ъ' or 'ь';
            var last = i == lower.Length - 1;
            string s = scheme switch
            {
                Scheme.Icao => c switch
                {
                    'е' or 'ё' or 'э' => "e", 'ж' => "zh", 'й' => "i", 'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch",
                    'ъ' => "ie", 'ы' => "y", 'ь' => "", 'ю' => "iu", 'я' => "ia", _ => Basic(c),
                },
                Scheme.GostB => c switch
                {
                    'е' => "e", 'ё' => "yo", 'ж' => "zh", 'й' => "j", 'х' => "x", 'ц' => next is 'е' or 'и' or 'ы' or 'й' ? "c" : "cz", 'ч' => "ch",
                    'ш' => "sh", 'щ' => "shh", 'ъ' => "", 'ы' => "y", 'ь' => "", 'э' => "e", 'ю' => "yu", 'я' => "ya", _ => Basic(c),
                },
                Scheme.Bgn => c switch
                {
                    'е' => startOrAfterVowel ? "ye" : "e", 'ё' => startOrAfterVowel ? "yë" : "ë", 'ж' => "zh", 'й' => "y", 'х' => "kh", 'ц' => "ts",
                    'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ъ' => "", 'ы' => "y", 'ь' => "", 'э' => "e", 'ю' => "yu", 'я' => "ya", _ => Basic(c),
                },
                Scheme.Iso9 => c switch
                {
                    'е' => "e", 'ё' => "ë", 'ж' => "ž", 'й' => "j", 'х' => "h", 'ц' => "c", 'ч' => "č", 'ш' => "š", 'щ' => "ŝ", 'ъ' => "",
                    'ы' => "y", 'ь' => "", 'э' => "è", 'ю' => "û", 'я' => "â", _ => Basic(c),
                },
                Scheme.French => c switch
                {
                    'е' => i == 0 ? "ie" : "e", 'ё' => "io", 'ж' => "j", 'й' => IsVowel(prev) ? "ï" : "i", 'х' => "kh", 'ц' => "ts", 'ч' => "tch",
                    'ш' => "ch", 'щ' => "chtch", 'у' => "ou", 'ъ' => "", 'ы' => "y", 'ь' => "", 'э' => "e", 'ю' => "iou", 'я' => "ia",
                    'с' => IsVowel(prev) && IsVowel(next) ? "ss" : "s", 'г' => next is 'е' or 'и' ? "gu" : "g", _ => Basic(c),
                },
                Scheme.German => c switch
                {
                    'е' => i == 0 ? "je" : "e", 'ё' => "jo", 'ж' => "sch", 'з' => "s", 'в' => "w", 'й' => "j", 'х' => "ch", 'ц' => "z", 'ч' => "tsch",
                    'ш' => "sch", 'щ' => "schtsch", 'ъ' => "", 'ы' => "y", 'ь' => "", 'э' => "e", 'ю' => "ju", 'я' => "ja",
                    'с' => IsVowel(prev) && IsVowel(next) ? "ss" : "s", _ => Basic(c),
                },
                _ => c switch
                {
                    'е' => startOrAfterVowel ? "ye" : "e", 'ё' => "yo", 'ж' => "zh", 'й' => last && prev is 'и' or 'ы' ? "" : "y", 'х' => "kh",
                    'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ъ' => "", 'ы' => "y", 'ь' => "", 'э' => "e", 'ю' => "yu", 'я' => "ya",
                    'и' when next == 'й' && i + 2 == lower.Length => "y",
                    _ => Basic(c),
                },
            };
            sb.Append(s);
        }
        var result = sb.ToString();
        return result.Length > 0 ? char.ToUpperInvariant(result[0]) + result[1..] : result;
    }

    private static string Basic(char c) => c switch
    {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'з' => "z", 'и' => "i", 'к' => "k", 'л' => "l", 'м' => "m",
        'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u", 'ф' => "f",
        _ => c.ToString(),
    };
}
