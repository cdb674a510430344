using System.Text;
using System.Text.RegularExpressions;

namespace Concord.Matching.Names;

/// <summary>
/// Korean names in Latin letters are written in several systems: McCune–Reischauer (DPRK lists:
/// CHO'N Myo'ng-kuk, Yi Yo'ng-kil), Revised Romanization (Jeon Myeong-guk) and everyday spellings
/// (Jon Myong Guk, Ri Yong Gil). They differ in voicing (k/g, t/d, p/b, ch/j), in eo/o and eu/u, and
/// in the surname 이 (Ri, Yi, Lee, I). A name whose words are all Korean syllables and which has a
/// Korean surname gets, for each word, a spelling that leaves those differences out.
/// </summary>
internal static partial class KoreanLatin
{
    private static readonly HashSet<string> Surnames = new(StringComparer.Ordinal)
    {
        "kim", "gim", "ri", "li", "lee", "yi", "rhee", "pak", "park", "bak", "choe", "choi", "chwe", "jong", "chong", "jeong", "chung",
        "kang", "gang", "cho", "jo", "yun", "yoon", "jang", "chang", "han", "oh", "hwang", "ko", "go", "sin", "shin", "jon", "chon",
        "jeon", "ryu", "yu", "hong", "mun", "moon", "yang", "paek", "baek", "heo", "hyon", "hyun", "nam", "sim", "shim", "roh", "ro",
        "kwak", "gwak", "song", "ju", "chu", "cha", "kye", "gye", "thae", "tae", "seo", "pang", "bang", "kil", "gil", "ahn", "rim", "lim",
        "im", "chae", "min", "pyon", "byun", "byeon", "kwon", "gwon", "om", "eom", "won", "kong", "gong", "sol", "ok", "ku", "gu", "ma", "ryang",
        "ji", "chi", "pae", "bae", "o", "ho", "so", "tak", "ryom", "yom", "sok", "chin", "jin",
    };

    private static readonly HashSet<string> RiVariants = new(StringComparer.Ordinal) { "ri", "li", "lee", "yi", "rhee", "i", "rie", "lie" };

    [GeneratedRegex("^(kk|tt|pp|ss|jj|ch|sh|th|kh|ph|g|k|n|d|t|r|l|m|b|p|s|j|h)?(yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oi|a|e|o|u|i)(ng|k|g|n|l|m|p|b|t|s)?$")]
    private static partial Regex Syllable();

    /// <summary>True if every word (hyphenated parts as written separately) is a Korean syllable and one is a Korean surname.</summary>
    public static bool LooksKorean(IReadOnlyList<string> words)
    {
        if (words.Count is < 2 or > 6 || !words.Any(w => Surnames.Contains(w) || RiVariants.Contains(w)))
        {
            return false; // the cheap test first: most names have no Korean surname
        }
        foreach (var w in words)
        {
            if (w.Length == 0 || !char.IsAsciiLetterLower(w[0]) || !(IsSyllables(w) || RiVariants.Contains(w)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The spelling without voicing, eo/eu and 이 differences: CHO'N → jon, kuk → guk, Yi → ri, Hyeok → hyok.</summary>
    public static string Neutral(string word)
    {
        if (RiVariants.Contains(word))
        {
            return "ri";
        }
        var s = word.Replace("eo", "o", StringComparison.Ordinal).Replace("eu", "u", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var digraph = c is 'c' or 'k' or 't' or 'p' && i + 1 < s.Length && s[i + 1] == 'h';
            var after = i + (digraph ? 2 : 1);
            // A consonant followed by a vowel starts a syllable; only there do the systems differ in voicing.
            var initial = after < s.Length && IsVowel(s[after]);
            if (!initial || c is not ('c' or 'k' or 't' or 'p') || (c == 'c' && !digraph))
            {
                sb.Append(c);
                continue;
            }
            sb.Append(c switch { 'c' => 'j', 'k' => 'g', 't' => 'd', _ => 'b' });
            if (digraph)
            {
                i++; // ch → j; MR aspirates kh/th/ph lose the h
            }
        }
        return sb.ToString();
    }

    /// <summary>One or two Korean syllables (given names are often written as one word: Myongguk).</summary>
    private static bool IsSyllables(string w)
    {
        if (Syllable().IsMatch(w))
        {
            return true;
        }
        for (var split = 1; split < w.Length; split++)
        {
            if (Syllable().IsMatch(w[..split]) && Syllable().IsMatch(w[split..]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w';
}
