using System.Text;

namespace Concord.Matching.Transliteration;

/// <summary>Hebrew script (without niqqud) to an <see cref="AbjadForm"/>.</summary>
public static class HebrewTransliterator
{
    /// <summary>The abjad form of one Hebrew word.</summary>
    public static string ToAbjad(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var sb = new StringBuilder(word.Length + 2);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var last = i == word.Length - 1;
            string? s = c switch
            {
                'א' => "A",
                'ע' => i == 0 ? "A" : "",
                'ב' => "b",
                'ג' => "g",
                'ד' => "d",
                'ה' => last ? "A" : "h",
                'ו' => "W",
                'ז' => "z",
                'ח' => "h",
                'ט' => "t",
                'י' => "Y",
                'כ' or 'ך' => "k",
                'ל' => "l",
                'מ' or 'ם' => "m",
                'נ' or 'ן' => "n",
                'ס' => "s",
                'פ' or 'ף' => "p",
                'צ' or 'ץ' => "ts",
                'ק' => "k",
                'ר' => "r",
                'ש' => "x",
                'ת' => "t",
                _ => null,
            };
            if (s is null)
            {
                continue;
            }
            foreach (var x in s)
            {
                if (sb.Length == 0 || sb[^1] != x)
                {
                    sb.Append(x);
                }
            }
        }
        return sb.ToString();
    }
}
