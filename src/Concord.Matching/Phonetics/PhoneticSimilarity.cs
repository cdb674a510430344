namespace Concord.Matching.Phonetics;

/// <summary>
/// Similarity of two P-forms in [0, 1]: a weighted Damerau–Levenshtein distance in which the
/// differences transliteration schemes and spellings make are cheap (one vowel for another,
/// k/g/h, s/z/sh, t/d, f/v, a dropped h or vowel) and other edits cost one.
/// </summary>
public static class PhoneticSimilarity
{
    private const int Alphabet = 37; // a-z, 0-9, other
    private static readonly byte[] CharIndex = BuildCharIndex(); // first: the tables below use it
    private static readonly float[] Substitution = BuildSubstitution();
    private static readonly float[] Indel = BuildIndel();

    /// <summary>Similarity of two P-forms.</summary>
    public static float Of(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
        {
            return a.Length == 0 ? 0f : 1f;
        }
        if (a.Length == 0 || b.Length == 0)
        {
            return 0f;
        }
        var d = Distance(a, b, float.MaxValue) + FirstLetterPenalty(a[0], b[0]);
        return FromDistance(d, a.Length, b.Length);
    }

    /// <summary>Names seldom differ in their first letter (Kader/Nader, Said/Zaid): extra cost unless the letters are close variants.</summary>
    private static float FirstLetterPenalty(char a, char b) =>
        a != b && Substitution[Index(a) * Alphabet + Index(b)] >= 0.3f ? 0.4f : 0f;

    /// <summary>Similarity, or 0 when it is certainly below <paramref name="minimum"/> (stops early).</summary>
    public static float AtLeast(ReadOnlySpan<char> a, ReadOnlySpan<char> b, float minimum)
    {
        if (a.SequenceEqual(b))
        {
            return a.Length == 0 ? 0f : 1f;
        }
        if (a.Length == 0 || b.Length == 0)
        {
            return 0f;
        }
        var norm = Norm(a.Length, b.Length);
        var maxDistance = (1f - minimum) * norm;
        var lengthGap = Math.Abs(a.Length - b.Length) * 0.4f;
        if (lengthGap > maxDistance + 1e-4f)
        {
            return 0f;
        }
        var penalty = FirstLetterPenalty(a[0], b[0]);
        var d = Distance(a, b, maxDistance - penalty) + penalty;
        var sim = FromDistance(d, a.Length, b.Length);
        return sim >= minimum ? sim : 0f;
    }

    private static float Norm(int la, int lb)
    {
        // Short words: one changed letter matters more (Li/Lu, Ali/Al).
        var avg = (la + lb) * 0.5f;
        return avg <= 3 ? avg * 0.75f : avg;
    }

    private static float FromDistance(float d, int la, int lb)
    {
        var sim = 1f - d / Norm(la, lb);
        return sim < 0 ? 0 : sim;
    }

    /// <summary>Weighted distance; returns a value above <paramref name="cap"/> once the bound is certainly exceeded.</summary>
    public static float Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, float cap)
    {
        var m = a.Length;
        var n = b.Length;
        if (m > 48 || n > 48)
        {
            a = a[..Math.Min(m, 48)];
            b = b[..Math.Min(n, 48)];
            m = a.Length;
            n = b.Length;
        }
        Span<float> prev2 = stackalloc float[n + 1];
        Span<float> prev = stackalloc float[n + 1];
        Span<float> cur = stackalloc float[n + 1];
        Span<int> bi = stackalloc int[n];
        for (var j = 0; j < n; j++)
        {
            bi[j] = Index(b[j]);
        }
        prev[0] = 0;
        for (var j = 1; j <= n; j++)
        {
            prev[j] = prev[j - 1] + Indel[bi[j - 1]];
        }
        var aPrevIdx = -1;
        var prevRowMin = 0f;
        for (var i = 1; i <= m; i++)
        {
            var ai = Index(a[i - 1]);
            var del = Indel[ai];
            cur[0] = prev[0] + del;
            var rowMin = cur[0];
            var row = ai * Alphabet;
            for (var j = 1; j <= n; j++)
            {
                var bj = bi[j - 1];
                var best = prev[j - 1] + Substitution[row + bj];
                var x = prev[j] + del;
                if (x < best)
                {
                    best = x;
                }
                x = cur[j - 1] + Indel[bj];
                if (x < best)
                {
                    best = x;
                }
                if (i > 1 && j > 1 && ai == bi[j - 2] && aPrevIdx == bj && ai != bj)
                {
                    x = prev2[j - 2] + 0.8f;
                    if (x < best)
                    {
                        best = x;
                    }
                }
                cur[j] = best;
                if (best < rowMin)
                {
                    rowMin = best;
                }
            }
            if (rowMin > cap && prevRowMin > cap)
            {
                return cap + 1f;
            }
            prevRowMin = rowMin;
            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
            aPrevIdx = ai;
        }
        return prev[n];
    }

    /// <summary>Number of letter codes (<see cref="Code"/>): a–z, 0–9, other.</summary>
    internal const int CodeCount = Alphabet;

    /// <summary>The code of a P-form letter (a–z 0–25, digits 26–35, anything else 36).</summary>
    internal static byte Code(char c) => (byte)Index(c);

    /// <summary>True if every character of a form is a P-form letter or digit (so its codes stand for it exactly).</summary>
    internal static bool IsPlain(ReadOnlySpan<char> form)
    {
        foreach (var c in form)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return form.Length > 0;
    }

    /// <summary>
    /// <see cref="AtLeast(ReadOnlySpan{char}, ReadOnlySpan{char}, float)"/> on letter codes of plain
    /// forms (same result): the index keeps the vocabulary as codes, so no string is touched.
    /// </summary>
    internal static float AtLeast(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, float minimum)
    {
        if (a.SequenceEqual(b))
        {
            return a.Length == 0 ? 0f : 1f;
        }
        if (a.Length == 0 || b.Length == 0)
        {
            return 0f;
        }
        var norm = Norm(a.Length, b.Length);
        var maxDistance = (1f - minimum) * norm;
        var lengthGap = Math.Abs(a.Length - b.Length) * 0.4f;
        if (lengthGap > maxDistance + 1e-4f)
        {
            return 0f;
        }
        var penalty = a[0] != b[0] && Substitution[a[0] * Alphabet + b[0]] >= 0.3f ? 0.4f : 0f;
        var d = Distance(a, b, maxDistance - penalty) + penalty;
        var sim = FromDistance(d, a.Length, b.Length);
        return sim >= minimum ? sim : 0f;
    }

    /// <summary>
    /// Weighted distance on letter codes; returns a value above <paramref name="cap"/> once the bound
    /// is certainly exceeded: a cell can still reach the end only through at least as many insertions
    /// or deletions as the lengths left differ (each ≥ 0.45), so two rows whose cells all exceed the cap
    /// with that allowance end the search.
    /// </summary>
    private static float Distance(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, float cap)
    {
        var m = Math.Min(a.Length, 48);
        var n = Math.Min(b.Length, 48);
        Span<float> buffer = stackalloc float[3 * (n + 1)];
        var prev2 = buffer[..(n + 1)];
        var prev = buffer.Slice(n + 1, n + 1);
        var cur = buffer.Slice(2 * (n + 1), n + 1);
        var indel = Indel;
        var substitution = Substitution;
        prev[0] = 0;
        for (var j = 1; j <= n; j++)
        {
            prev[j] = prev[j - 1] + indel[b[j - 1]];
        }
        var aPrev = -1;
        var prevRowOver = false;
        for (var i = 1; i <= m; i++)
        {
            int ai = a[i - 1];
            var del = indel[ai];
            cur[0] = prev[0] + del;
            var rowBound = cur[0] + MinIndel * Math.Abs((m - i) - n);
            var row = substitution.AsSpan(ai * Alphabet, Alphabet);
            for (var j = 1; j <= n; j++)
            {
                int bj = b[j - 1];
                var best = prev[j - 1] + row[bj];
                var x = prev[j] + del;
                if (x < best)
                {
                    best = x;
                }
                x = cur[j - 1] + indel[bj];
                if (x < best)
                {
                    best = x;
                }
                if (bj == aPrev && j > 1 && ai == b[j - 2] && ai != bj)
                {
                    x = prev2[j - 2] + 0.8f;
                    if (x < best)
                    {
                        best = x;
                    }
                }
                cur[j] = best;
                var bound = best + MinIndel * Math.Abs((m - i) - (n - j));
                if (bound < rowBound)
                {
                    rowBound = bound;
                }
            }
            var rowOver = rowBound > cap;
            if (rowOver && prevRowOver)
            {
                return cap + 1f;
            }
            prevRowOver = rowOver;
            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
            aPrev = ai;
        }
        return prev[n];
    }

    private const float MinIndel = 0.45f;

    /// <summary>Cost of writing <paramref name="a"/> where the other spelling has <paramref name="b"/>.</summary>
    internal static float SubstitutionCost(char a, char b) => Substitution[Index(a) * Alphabet + Index(b)];

    /// <summary>Cost of a letter present in one spelling only.</summary>
    internal static float IndelCost(char c) => Indel[Index(c)];

    private static int Index(char c) => c < 128 ? CharIndex[c] : 36;

    private static byte[] BuildCharIndex()
    {
        var t = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            t[c] = c switch
            {
                >= 'a' and <= 'z' => (byte)(c - 'a'),
                >= '0' and <= '9' => (byte)(26 + (c - '0')),
                _ => 36,
            };
        }
        return t;
    }

    private static float[] BuildIndel()
    {
        var t = new float[Alphabet];
        Array.Fill(t, 1f);
        foreach (var v in "aeou")
        {
            t[v - 'a'] = 0.5f;
        }
        t['i' - 'a'] = 0.45f;
        t['h' - 'a'] = 0.45f;
        t['j' - 'a'] = 0.7f;
        return t;
    }

    private static float[] BuildSubstitution()
    {
        var t = new float[Alphabet * Alphabet];
        for (var i = 0; i < Alphabet; i++)
        {
            for (var j = 0; j < Alphabet; j++)
            {
                t[i * Alphabet + j] = i == j ? 0f : 1f;
            }
        }
        void Set(char x, char y, float cost)
        {
            t[Index(x) * Alphabet + Index(y)] = cost;
            t[Index(y) * Alphabet + Index(x)] = cost;
        }
        const string vowels = "aeiou";
        foreach (var x in vowels)
        {
            foreach (var y in vowels)
            {
                if (x != y)
                {
                    Set(x, y, 0.35f);
                }
            }
        }
        Set('e', 'i', 0.25f);
        Set('o', 'u', 0.2f);
        Set('a', 'e', 0.3f);
        Set('a', 'o', 0.3f);
        Set('k', 'g', 0.5f);
        Set('k', 'h', 0.4f);
        Set('g', 'h', 0.5f);
        Set('s', 'z', 0.3f);
        Set('s', 'x', 0.45f);
        Set('x', 'c', 0.3f);
        Set('x', 'j', 0.45f);
        Set('c', 'j', 0.5f);
        Set('j', 'z', 0.4f);
        Set('s', 'c', 0.55f);
        Set('t', 'd', 0.4f);
        Set('p', 'b', 0.4f);
        Set('f', 'v', 0.3f);
        Set('b', 'v', 0.5f);
        Set('p', 'f', 0.5f);
        Set('l', 'r', 0.6f);
        Set('m', 'n', 0.6f);
        Set('i', 'j', 0.5f);
        Set('v', 'u', 0.5f);
        Set('g', 'j', 0.6f);
        Set('h', 'x', 0.6f);
        Set('k', 'c', 0.6f);
        return t;
    }
}
