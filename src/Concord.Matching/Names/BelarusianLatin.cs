using System.Text;

namespace Concord.Matching.Names;

/// <summary>
/// Belarusian names in Latin letters (passport/ICAO and BGN/PCGN: Aliaksandr Ryhoravich Lukashenka,
/// Uladzimir, Siarhei, Karpiankou) read the Russian way (Aleksandr Grigorovich, Vladimir, Sergei,
/// Karpenkov), so that the two spellings of one person meet: h for г, dz for д, ia/ie for е,
/// -au/-eu (-aeu, -yeu after a vowel) for -ов/-ев, -avich/-auna for -ович/-овна. Only words that show a Belarusian
/// spelling get the reading.
/// </summary>
internal static class BelarusianLatin
{
    /// <summary>The Russian-style spelling of a lower-case Latin word, or null if it shows no Belarusian spelling.</summary>
    public static string? ToRussianSpelling(string word)
    {
        if (word.Length < 5 || !LooksBelarusian(word))
        {
            return null;
        }
        var s = word;
        if (s.StartsWith("ulad", StringComparison.Ordinal))
        {
            s = "vlad" + s[4..];
        }
        s = s.Replace("dz", "d", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length + 2);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var previous = i > 0 ? s[i - 1] : '\0';
            if (c == 'h' && previous is not ('k' or 's' or 'c' or 'z'))
            {
                sb.Append('g'); // Belarusian h is Russian г
                continue;
            }
            if (c == 'i' && i + 1 < s.Length && s[i + 1] is 'a' or 'e' && IsConsonant(previous))
            {
                sb.Append('e'); // Aliaksandr → Aleksandr, Hienadz → Gennad
                i++;
                continue;
            }
            sb.Append(c);
        }
        s = sb.ToString();
        s = ReplaceEnding(s, "avich", "ovich") ?? ReplaceEnding(s, "auna", "ovna") ?? ReplaceEnding(s, "awna", "ovna")
            ?? (s.Length >= 5 && IsConsonant(s[^3]) ? ReplaceEnding(s, "au", "ov") ?? ReplaceEnding(s, "eu", "ev") : null)
            ?? (s.Length >= 5 ? ReplaceEnding(s, "aeu", "aev") ?? ReplaceEnding(s, "yeu", "yev") : null)
            ?? s;
        return s == word ? null : s;
    }

    /// <summary>
    /// dz (not the Georgian -dze), the patronymics -avich/-auna, -au/-eu after a consonant, or -aeu/-yeu.
    /// (-ou and ia alone are not enough: Amadou, Aggelou, Aronian.)
    /// </summary>
    private static bool LooksBelarusian(string w) =>
        (w.Contains("dz", StringComparison.Ordinal) && !w.EndsWith("dze", StringComparison.Ordinal))
        || w.EndsWith("avich", StringComparison.Ordinal) || w.EndsWith("auna", StringComparison.Ordinal) || w.EndsWith("awna", StringComparison.Ordinal)
        || (IsConsonant(w[^3]) && (w.EndsWith("au", StringComparison.Ordinal) || w.EndsWith("eu", StringComparison.Ordinal)))
        || w.EndsWith("aeu", StringComparison.Ordinal) || w.EndsWith("yeu", StringComparison.Ordinal); // Karaeu, Aliakseyeu (Караеў, Аляксееў)

    private static string? ReplaceEnding(string s, string ending, string replacement) =>
        s.EndsWith(ending, StringComparison.Ordinal) ? s[..^ending.Length] + replacement : null;

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' and not ('a' or 'e' or 'i' or 'o' or 'u' or 'y');
}
