namespace Concord.Matching.Transliteration;

/// <summary>
/// Scripts that do not write short vowels (Arabic, Persian, Urdu, Hebrew; Thai is treated the
/// same way) are read into an "abjad form": P-form consonants plus three markers for the
/// letters that may be vowels: 'A' (alif, initial ʿayn, tāʾ marbūṭa, Hebrew alef/final he),
/// 'W' (wāw, vav: w/v or u/o) and 'Y' (yāʾ, yod: y or i/e). Compared with Latin names by
/// <see cref="Phonetics.AbjadSimilarity"/>, which lets the Latin side add the unwritten vowels cheaply.
/// </summary>
public static class AbjadForm
{
    /// <summary>True for the three vowel markers.</summary>
    public static bool IsMarker(char c) => c is 'A' or 'W' or 'Y';

    /// <summary>
    /// The consonant skeleton of an abjad form, comparable with <see cref="Phonetics.PhoneticKey.Skeleton"/>
    /// of a Latin P-form: initial A/Y → 'a', initial W → 'v', later markers dropped, c → x.
    /// </summary>
    public static string Skeleton(ReadOnlySpan<char> form)
    {
        Span<char> buffer = stackalloc char[form.Length];
        var n = 0;
        for (var i = 0; i < form.Length; i++)
        {
            var c = form[i];
            if (IsMarker(c) || Phonetics.PhoneticKey.IsVowel(c))
            {
                if (i == 0)
                {
                    buffer[n++] = c == 'W' ? 'v' : 'a';
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

    /// <summary>A plain Latin spelling of an abjad form (markers as a, u, i), for display and coarse keys.</summary>
    public static string ToLatin(ReadOnlySpan<char> form)
    {
        Span<char> buffer = stackalloc char[form.Length];
        for (var i = 0; i < form.Length; i++)
        {
            buffer[i] = form[i] switch
            {
                'A' => 'a',
                'W' => i == 0 ? 'v' : 'u',
                'Y' => 'i',
                var c => c,
            };
        }
        return new string(buffer);
    }
}
