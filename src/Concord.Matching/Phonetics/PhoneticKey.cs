namespace Concord.Matching.Phonetics;

/// <summary>
/// The phonetic form ("P-form") of a Latin word: lower-case ASCII in which spellings that
/// transliteration schemes use for one sound are written one way (kh/h → h, sh/sch/š → x,
/// ch/tch/č → c, zh/j/dzh/dj → j, ph → f, w → v, y → i, q → k, ou → u, doubled letters once).
/// Every script is turned into Latin first and then into this form, so that
/// Щербаков, Shcherbakov, Ščerbakov, Shherbakov and Chtcherbakov meet.
/// </summary>
public static class PhoneticKey
{
    /// <summary>True for the five vowels of the P-form alphabet.</summary>
    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>The P-form of a lower-case ASCII word. Characters outside a–z and 0–9 are dropped.</summary>
    public static string Form(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length * 2 + 2] : new char[word.Length * 2 + 2];
        var n = 0;
        var i = 0;
        while (i < word.Length)
        {
            var c = word[i];
            var rest = word[i..];
            if (c is (< 'a' or > 'z') and (< '0' or > '9'))
            {
                i++;
                continue;
            }
            switch (c)
            {
                case 's':
                    if (rest.StartsWith("shch")) { Emit(buffer, ref n, 'x'); i += 4; continue; }
                    if (rest.StartsWith("sch") || rest.StartsWith("shh")) { Emit(buffer, ref n, 'x'); i += 3; continue; }
                    if (rest.StartsWith("szcz")) { Emit(buffer, ref n, 'x'); i += 4; continue; }
                    if (rest.StartsWith("sh") || rest.StartsWith("sz")) { Emit(buffer, ref n, 'x'); i += 2; continue; }
                    break;
                case 'c':
                    if (rest.StartsWith("chtch")) { Emit(buffer, ref n, 'x'); i += 5; continue; }
                    if (rest.StartsWith("ch") || rest.StartsWith("cz")) { Emit(buffer, ref n, 'c'); i += 2; continue; }
                    if (rest.StartsWith("ck")) { Emit(buffer, ref n, 'k'); i += 2; continue; }
                    Emit(buffer, ref n, rest.Length > 1 && rest[1] is 'e' or 'i' or 'y' ? 's' : 'k');
                    i++;
                    continue;
                case 't':
                    if (rest.StartsWith("tsch")) { Emit(buffer, ref n, 'c'); i += 4; continue; }
                    if (rest.StartsWith("tch")) { Emit(buffer, ref n, 'c'); i += 3; continue; }
                    if (rest.StartsWith("th")) { Emit(buffer, ref n, 't'); i += 2; continue; }
                    if (rest.StartsWith("tz")) { Emit(buffer, ref n, 't'); Emit(buffer, ref n, 's'); i += 2; continue; }
                    break;
                case 'd':
                    if (rest.StartsWith("dzh")) { Emit(buffer, ref n, 'j'); i += 3; continue; }
                    if (rest.StartsWith("dsch")) { Emit(buffer, ref n, 'j'); i += 4; continue; }
                    if (rest.StartsWith("dj")) { Emit(buffer, ref n, 'j'); i += 2; continue; }
                    if (rest.StartsWith("dh")) { Emit(buffer, ref n, 'd'); i += 2; continue; }
                    break;
                case 'z':
                    if (rest.StartsWith("zh")) { Emit(buffer, ref n, 'j'); i += 2; continue; }
                    break;
                case 'k':
                    if (rest.StartsWith("kh")) { Emit(buffer, ref n, 'h'); i += 2; continue; }
                    break;
                case 'g':
                    if (rest.StartsWith("gh")) { Emit(buffer, ref n, 'g'); i += 2; continue; }
                    break;
                case 'p':
                    if (rest.StartsWith("ph")) { Emit(buffer, ref n, 'f'); i += 2; continue; }
                    break;
                case 'q':
                    Emit(buffer, ref n, 'k');
                    i++;
                    continue;
                case 'x':
                    Emit(buffer, ref n, 'k');
                    Emit(buffer, ref n, 's');
                    i++;
                    continue;
                case 'w':
                    Emit(buffer, ref n, 'v');
                    i++;
                    continue;
                case 'y':
                    Emit(buffer, ref n, 'i');
                    i++;
                    continue;
                case 'j':
                    {
                        var next = rest.Length > 1 ? rest[1] : '\0';
                        var beforeVowel = next is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
                        Emit(buffer, ref n, beforeVowel || (i == 0 && next != '\0') ? 'j' : 'i');
                        i++;
                        continue;
                    }
                case 'o':
                    if (rest.StartsWith("ou") || rest.StartsWith("oo")) { Emit(buffer, ref n, 'u'); i += 2; continue; }
                    break;
                case 'e':
                    if (rest.StartsWith("ee")) { Emit(buffer, ref n, 'i'); i += 2; continue; }
                    break;
                default:
                    break;
            }
            Emit(buffer, ref n, c);
            i++;
        }
        // Arabic tāʾ marbūṭa and similar: a final h after a vowel is not written consistently.
        if (n >= 3 && buffer[n - 1] == 'h' && IsVowel(buffer[n - 2]))
        {
            n--;
        }
        return new string(buffer[..n]);

        static void Emit(Span<char> buffer, ref int n, char ch)
        {
            if (n > 0 && buffer[n - 1] == ch)
            {
                return;
            }
            buffer[n++] = ch;
        }
    }

    /// <summary>
    /// The consonant skeleton of a P-form: a leading vowel becomes 'a', later vowels are dropped,
    /// c (ч) is written x (ш). Mohammed, Muhammad and Mukhammad all give "mhmd".
    /// </summary>
    public static string Skeleton(ReadOnlySpan<char> form)
    {
        Span<char> buffer = form.Length <= 64 ? stackalloc char[form.Length] : new char[form.Length];
        var n = 0;
        for (var i = 0; i < form.Length; i++)
        {
            var c = form[i];
            if (IsVowel(c))
            {
                if (i == 0)
                {
                    buffer[n++] = 'a';
                }
                continue;
            }
            if (c == 'c')
            {
                c = 'x';
            }
            if (n > 0 && buffer[n - 1] == c)
            {
                continue;
            }
            buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }

    /// <summary>
    /// A coarser skeleton for lossy readings (Chinese transcriptions, abjad scripts): consonants
    /// grouped by place (b/p/f/v, d/t, g/k, s/z/x/c/j, l/r, m/n), h dropped.
    /// </summary>
    public static string CoarseSkeleton(ReadOnlySpan<char> form)
    {
        Span<char> buffer = form.Length <= 64 ? stackalloc char[form.Length] : new char[form.Length];
        var n = 0;
        for (var i = 0; i < form.Length; i++)
        {
            var c = Coarse(form[i]);
            if (c == '\0')
            {
                if (i == 0 && IsVowel(form[i]))
                {
                    buffer[n++] = 'a';
                }
                continue;
            }
            if (n > 0 && buffer[n - 1] == c)
            {
                continue;
            }
            buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }

    private static char Coarse(char c) => c switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' or 'h' => '\0',
        'b' or 'p' or 'f' or 'v' => 'b',
        'd' or 't' => 'd',
        'g' or 'k' => 'g',
        's' or 'z' or 'x' or 'c' or 'j' => 's',
        'l' or 'r' => 'l',
        'm' or 'n' => 'n',
        _ => c,
    };
}
