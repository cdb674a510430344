using System.Collections.Concurrent;
using Concord.Matching.Phonetics;
using Concord.Matching.Transliteration;
using Concord.Matching.Transliteration.Han;

namespace Concord.Matching.Index;

/// <summary>
/// Similarity of two forms of name parts, dispatching on their kind: P-forms (plain), abjad
/// forms ('~'), Han transcriptions ('^'), codes for legal forms and synonym groups ('#'), initials.
/// </summary>
internal static class FormSimilarity
{
    private static readonly ConcurrentDictionary<string, (int[] CodePoints, float BestLogP)> Transcriptions = new(StringComparer.Ordinal);
    private static int _transcriptionLookups;

    private static bool IsAcronymCode(string form) => form.Length > 3 && form[0] == '#' && form[1] is 'a' or 'A' && form[2] == ':';

    /// <summary>Marks a weaker alternative form (a shortened ʿabd name, an article-less spelling): similarity × <see cref="WeakFactor"/>.</summary>
    public const char WeakTag = '%';

    public const float WeakFactor = 0.85f;

    /// <summary>A form without its weak tag (%zhang → zhang).</summary>
    public static ReadOnlySpan<char> Spelling(string form) =>
        form.Length > 0 && form[0] == WeakTag ? form.AsSpan(1) : form.AsSpan();

    /// <summary>A form of one lower-case letter, plain or weak (Yi and 以 read as i): too short to have an expansion.</summary>
    public static bool IsOneLetter(string form) =>
        Spelling(form) is [var c] && char.IsAsciiLetterLower(c);

    public static float Of(string a, string b, float minimum)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0f;
        }
        if (a[0] == WeakTag || b[0] == WeakTag)
        {
            var factor = (a[0] == WeakTag ? WeakFactor : 1f) * (b[0] == WeakTag ? WeakFactor : 1f);
            var inner = Of(a[0] == WeakTag ? a[1..] : a, b[0] == WeakTag ? b[1..] : b, minimum / factor);
            return inner * factor;
        }
        var ta = a[0];
        var tb = b[0];
        if (ta == '#' || tb == '#')
        {
            if (IsAcronymCode(a) || IsAcronymCode(b))
            {
                // An acronym (#a:) meets the initials of a longer name (#A:), not another acronym or name.
                return a.Length == b.Length && a[1] != b[1] && IsAcronymCode(a) && IsAcronymCode(b)
                    && a.AsSpan(3).SequenceEqual(b.AsSpan(3)) ? 0.9f : 0f;
            }
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                return 0f;
            }
            // The same word in another language (завод/plant) or a nick name, or the same class of legal
            // form (LLC/Ltd/ООО): good, not identical. The same spelling of a legal form (#l:) is 1.
            if (a.Length > 3 && a[2] == ':')
            {
                return a[1] is 'o' or 'p' ? 0.95f : 1f;
            }
            return 0.92f;
        }
        if (ta == HanReader.TranscriptionTag || tb == HanReader.TranscriptionTag)
        {
            if (ta == tb)
            {
                return string.Equals(a, b, StringComparison.Ordinal) ? 1f : 0f;
            }
            var (han, latin) = ta == HanReader.TranscriptionTag ? (a, b) : (b, a);
            return latin[0] == '~' ? 0f : Transcription(han, latin);
        }
        if (ta == '~' || tb == '~')
        {
            if (ta == tb)
            {
                return PhoneticSimilarity.AtLeast(AbjadForm.ToLatin(a.AsSpan(1)), AbjadForm.ToLatin(b.AsSpan(1)), minimum);
            }
            var (abjad, plain) = ta == '~' ? (a, b) : (b, a);
            if (plain.Length == 1)
            {
                return 0f;
            }
            return AbjadSimilarity.Of(abjad.AsSpan(1), plain);
        }
        if (a.Length == 1 || b.Length == 1)
        {
            if (a.Length == b.Length)
            {
                return a[0] == b[0] ? 1f : 0f;
            }
            return a[0] == b[0] ? 0.8f : 0f; // an initial
        }
        return PhoneticSimilarity.AtLeast(a, b, minimum);
    }

    /// <summary>How well a Latin P-form fits a Chinese transcription, relative to the best reading of the characters.</summary>
    private static float Transcription(string han, string latin)
    {
        var (cps, best) = Transcriptions.GetOrAdd(han, static h =>
        {
            var cps = HanTable.Instance.SimplifiedCodePoints(h[1..]);
            var decoded = TranscriptionModel.Instance.Decode(cps, 1);
            return (cps, decoded.Count > 0 ? decoded[0].LogP : -1f);
        });
        if (Interlocked.Increment(ref _transcriptionLookups) % 65_536 == 0 && Transcriptions.Count > 50_000)
        {
            Transcriptions.Clear();
        }
        var lp = TranscriptionModel.Instance.AlignmentLogP(cps, latin);
        if (float.IsNegativeInfinity(lp))
        {
            return 0f;
        }
        var sim = MathF.Exp((lp - best) / (1.6f * cps.Length));
        return sim > 1f ? 1f : sim;
    }
}
