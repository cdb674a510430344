using System.Text;

namespace Concord.Matching.Transliteration;

/// <summary>Greek (accents already removed) to Latin after ELOT 743 / UN practice for names.</summary>
public static class GreekTransliterator
{
    /// <summary>Latin readings of one lower-case Greek word; the second gives -dros as -der (Alexander).</summary>
    public static List<string> ToLatin(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var sb = new StringBuilder(word.Length + 4);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            switch (c)
            {
                case 'α' when next == 'ι': sb.Append("ai"); i++; continue;
                case 'ε' when next == 'ι': sb.Append("ei"); i++; continue;
                case 'ο' when next == 'ι': sb.Append("oi"); i++; continue;
                case 'ο' when next == 'υ': sb.Append("ou"); i++; continue;
                case 'α' when next == 'υ': sb.Append("av"); i++; continue;
                case 'ε' when next == 'υ': sb.Append("ev"); i++; continue;
                case 'μ' when next == 'π': sb.Append(i == 0 ? "b" : "mp"); i++; continue;
                case 'ν' when next == 'τ': sb.Append(i == 0 ? "d" : "nt"); i++; continue;
                case 'γ' when next is 'γ' or 'κ' or 'χ' or 'ξ': sb.Append('n'); continue;
                default: break;
            }
            sb.Append(c switch
            {
                'α' => "a",
                'β' => "v",
                'γ' => "g",
                'δ' => "d",
                'ε' => "e",
                'ζ' => "z",
                'η' => "i",
                'θ' => "th",
                'ι' => "i",
                'κ' => "k",
                'λ' => "l",
                'μ' => "m",
                'ν' => "n",
                'ξ' => "x",
                'ο' => "o",
                'π' => "p",
                'ρ' => "r",
                'σ' => "s",
                'τ' => "t",
                'υ' => "y",
                'φ' => "f",
                'χ' => "ch",
                'ψ' => "ps",
                'ω' => "o",
                _ => char.IsAsciiLetterOrDigit(c) ? c.ToString() : "",
            });
        }
        var first = sb.ToString();
        var readings = new List<string>(2) { first };
        if (first.Length > 5 && first.EndsWith("dros", StringComparison.Ordinal))
        {
            readings.Add(first[..^3] + "er"); // Alexandros → Alexander, Leandros → Leander
        }
        return readings;
    }
}
