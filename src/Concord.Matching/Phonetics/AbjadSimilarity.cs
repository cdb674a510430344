using Concord.Matching.Transliteration;

namespace Concord.Matching.Phonetics;

/// <summary>
/// Similarity of an <see cref="AbjadForm"/> (a name written without short vowels) and a Latin
/// P-form: the Latin side may add vowels almost freely, the markers A/W/Y must find a matching
/// vowel (or w/v, y/j), consonants are compared as in <see cref="PhoneticSimilarity"/>.
/// </summary>
public static class AbjadSimilarity
{
    private const float LatinVowelInsertion = 0.12f;
    private const float MarkerDeletion = 0.4f;

    /// <summary>Similarity in [0, 1].</summary>
    public static float Of(ReadOnlySpan<char> abjad, ReadOnlySpan<char> latin)
    {
        if (abjad.Length == 0 || latin.Length == 0)
        {
            return 0f;
        }
        var m = Math.Min(abjad.Length, 40);
        var n = Math.Min(latin.Length, 48);
        Span<float> prev = stackalloc float[n + 1];
        Span<float> cur = stackalloc float[n + 1];
        prev[0] = 0;
        for (var j = 1; j <= n; j++)
        {
            prev[j] = prev[j - 1] + Insertion(latin[j - 1]);
        }
        for (var i = 1; i <= m; i++)
        {
            var a = abjad[i - 1];
            var del = Deletion(a);
            cur[0] = prev[0] + del;
            for (var j = 1; j <= n; j++)
            {
                var l = latin[j - 1];
                var best = prev[j - 1] + Substitution(a, l);
                var x = prev[j] + del;
                if (x < best)
                {
                    best = x;
                }
                x = cur[j - 1] + Insertion(l);
                if (x < best)
                {
                    best = x;
                }
                cur[j] = best;
            }
            var t = prev;
            prev = cur;
            cur = t;
        }
        var d = prev[n];
        var norm = Math.Max(m, 2);
        var sim = 1f - d / norm;
        return sim < 0 ? 0 : sim;
    }

    private static float Insertion(char latin) =>
        PhoneticKey.IsVowel(latin) ? LatinVowelInsertion : PhoneticSimilarity.IndelCost(latin);

    private static float Deletion(char abjad) => abjad switch
    {
        'A' or 'W' or 'Y' => MarkerDeletion,
        _ when PhoneticKey.IsVowel(abjad) => 0.5f,
        _ => PhoneticSimilarity.IndelCost(abjad),
    };

    private static float Substitution(char abjad, char latin) => abjad switch
    {
        'A' => latin switch { 'a' => 0f, 'e' => 0.15f, 'o' or 'i' or 'u' => 0.4f, 'h' => 0.6f, _ => 1f },
        'W' => latin switch { 'u' or 'o' => 0f, 'v' => 0.05f, 'a' or 'e' or 'i' => 0.5f, _ => 1f },
        'Y' => latin switch { 'i' => 0f, 'e' => 0.1f, 'j' => 0.2f, 'a' => 0.5f, 'o' or 'u' => 0.6f, _ => 1f },
        _ => PhoneticSimilarity.SubstitutionCost(abjad, latin),
    };
}
