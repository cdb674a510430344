using System.Globalization;
using System.Text;

namespace Concord.Matching.Text;

/// <summary>
/// Folds Latin letters with diacritics to plain lower-case ASCII the way names are spelt in
/// English-language documents: š → sh, ç → ch, ß → ss, ø → o, ə → a, and other marks dropped.
/// </summary>
public static class LatinFolding
{
    /// <summary>Appends the ASCII folding of one lower-case Latin character (or nothing for a mark).</summary>
    public static void Append(StringBuilder sb, char c)
    {
        if (c < 0x80)
        {
            sb.Append(c);
            return;
        }
        var special = Special(c);
        if (special is not null)
        {
            sb.Append(special);
            return;
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (d < 0x80)
            {
                sb.Append(d);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                var inner = Special(d);
                if (inner is not null)
                {
                    sb.Append(inner);
                }
            }
        }
    }

    private static string? Special(char c) => c switch
    {
        'š' or 'ş' or 'ś' or 'ŝ' or 'ș' => "sh",
        'č' or 'ç' or 'ć' or 'ĉ' => "ch",
        'ž' or 'ź' or 'ż' or 'ẑ' => "zh",
        'ř' => "rzh",
        'ğ' or 'ǧ' or 'ǵ' => "g",
        'ŋ' => "ng",
        'ə' or 'ǝ' => "a",
        'ı' => "i",
        'ł' => "l",
        'ø' => "o",
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        'đ' or 'ð' => "d",
        'þ' => "th",
        'ħ' => "h",
        'ĵ' or 'ǰ' => "j",
        'ŀ' => "l",
        'ƒ' => "f",
        'ʒ' => "zh",
        _ => null,
    };

    /// <summary>True for apostrophe-like characters that are dropped inside a Latin word (O'Neil, Sa'b, Uzbek oʻ).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or 'ʻ' or 'ʽ' or '`' or '´' or 'ʾ' or 'ʿ' or '′';
}
