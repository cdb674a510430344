using System.Text;

namespace Concord.Benchmarks.Screening1M;

/// <summary>What users of Lucene or pg_trgm do with multi-script names: AnyAscii to Latin, lower case, letters and digits.</summary>
internal static class AsciiNames
{
    public static string Normalize(string name)
    {
        var ascii = AnyAscii.Transliteration.Transliterate(name);
        var sb = new StringBuilder(ascii.Length + 2);
        sb.Append(' ');
        var space = true;
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        if (!space)
        {
            sb.Append(' ');
        }
        return sb.ToString();
    }
}
