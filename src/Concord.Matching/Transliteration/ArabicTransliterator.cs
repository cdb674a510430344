using System.Text;

namespace Concord.Matching.Transliteration;

/// <summary>
/// Arabic, Persian and Urdu script to an <see cref="AbjadForm"/>. The article ال is split off
/// by the name parser before this runs.
/// </summary>
public static class ArabicTransliterator
{
    /// <summary>The abjad form of one word in Arabic script.</summary>
    public static string ToAbjad(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var sb = new StringBuilder(word.Length + 2);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var last = i == word.Length - 1;
            switch (c)
            {
                case 'ا' or 'أ' or 'إ' or 'آ' or 'ٱ' or 'ى' or 'ة' or 'ۃ':
                    Add(sb, 'A');
                    break;
                case 'ع':
                    if (sb.Length == 0)
                    {
                        Add(sb, 'A');
                    }
                    break;
                case 'ء' or 'ئ' or 'ؤ':
                    if (c == 'ؤ')
                    {
                        Add(sb, 'W');
                    }
                    else if (c == 'ئ')
                    {
                        Add(sb, 'Y');
                    }
                    break;
                case 'و':
                    Add(sb, 'W');
                    break;
                case 'ي' or 'ی' or 'ے' or 'ې' or 'ۍ' or 'ێ':
                    Add(sb, 'Y');
                    break;
                case 'ه' or 'ہ' or 'ۀ' or 'ھ':
                    // A final h after a consonant (Allah, Abdullah) or a final vowel-h (Persian -eh) is
                    // often not written in Latin; keep it only inside the word.
                    if (!last)
                    {
                        Add(sb, 'h');
                    }
                    else if (sb.Length > 0 && !AbjadForm.IsMarker(sb[^1]))
                    {
                        Add(sb, 'A');
                    }
                    break;
                default:
                    var consonant = Consonant(c);
                    if (consonant is not null)
                    {
                        foreach (var x in consonant)
                        {
                            Add(sb, x);
                        }
                    }
                    else if (char.IsAsciiLetterOrDigit(c))
                    {
                        Add(sb, char.ToLowerInvariant(c));
                    }
                    break;
            }
        }
        return sb.ToString();
    }

    private static void Add(StringBuilder sb, char c)
    {
        // Shadda is a mark and already gone; doubled letters written twice collapse like in P-forms.
        if (sb.Length > 0 && sb[^1] == c)
        {
            return;
        }
        sb.Append(c);
    }

    /// <summary>P-form consonant(s) for an Arabic-script letter, or null when it is not a consonant.</summary>
    private static string? Consonant(char c) => c switch
    {
        'ب' => "b",
        'پ' => "p",
        'ت' or 'ط' or 'ٹ' or 'ث' => "t",
        'ج' => "j",
        'چ' => "c",
        'ح' or 'خ' => "h",
        'د' or 'ڈ' or 'ذ' or 'ض' => "d",
        'ر' or 'ڑ' => "r",
        'ز' or 'ظ' => "z",
        'ژ' => "j",
        'س' or 'ص' => "s",
        'ش' => "x",
        'غ' => "g",
        'ف' => "f",
        'ق' or 'ك' or 'ک' => "k",
        'گ' => "g",
        'ل' => "l",
        'م' => "m",
        'ن' or 'ں' => "n",
        'ڤ' => "v",
        _ => null,
    };
}
