using Concord.Matching.Phonetics;
using Concord.Matching.Transliteration;

namespace Concord.Matching.Index;

/// <summary>
/// The keys under which a form is filed in the index: its consonant skeleton and the skeletons
/// with one letter deleted (so one changed, missing or extra consonant still meets), a coarse
/// skeleton (consonants grouped by place) for lossy readings, and the code itself for codes.
/// </summary>
internal static class RetrievalKeys
{
    private const ulong FineTag = 0x46;
    private const ulong CoarseTag = 0x43;
    private const ulong CodeTag = 0x23;

    /// <summary>
    /// Adds the keys of a form. The index files every form under its coarse skeleton with one
    /// consonant deleted; a query adds those deletions only for lossy forms (abjad, transcriptions).
    /// </summary>
    public static void Add(string form, List<ulong> keys, bool query, bool lossyUnit = false)
    {
        if (form.Length == 0 || form[0] == Transliteration.Han.HanReader.TranscriptionTag)
        {
            return;
        }
        if (form[0] == FormSimilarity.WeakTag)
        {
            form = form[1..];
            if (form.Length == 0)
            {
                return;
            }
        }
        if (form[0] == '#')
        {
            keys.Add(Hash(CodeTag, form));
            return;
        }
        var abjad = form[0] == '~';
        var lossy = abjad || lossyUnit;
        string fine, coarse;
        if (abjad)
        {
            fine = AbjadForm.Skeleton(form.AsSpan(1));
            coarse = PhoneticKey.CoarseSkeleton(AbjadForm.ToLatin(form.AsSpan(1)));
        }
        else
        {
            if (form.Length == 1)
            {
                return; // initials are found through the other parts
            }
            fine = PhoneticKey.Skeleton(form);
            coarse = PhoneticKey.CoarseSkeleton(form);
        }
        if (fine.Length == 0)
        {
            fine = form;
        }
        keys.Add(Hash(FineTag, fine));
        if (fine.Length >= 3)
        {
            for (var i = 0; i < fine.Length; i++)
            {
                keys.Add(Hash(FineTag, fine, i));
            }
        }
        if (coarse.Length >= 2)
        {
            keys.Add(Hash(CoarseTag, coarse));
            if ((!query && coarse.Length >= 3) || (lossy && coarse.Length >= 4))
            {
                for (var i = 0; i < coarse.Length; i++)
                {
                    keys.Add(Hash(CoarseTag, coarse, i));
                }
            }
        }
    }

    /// <summary>FNV-1a of a tag and a string, optionally with the character at <paramref name="skip"/> left out (and equal neighbours then collapsed).</summary>
    public static ulong Hash(ulong tag, string s, int skip = -1)
    {
        var h = 14695981039346656037UL ^ tag;
        h *= 1099511628211UL;
        var previous = '\0';
        for (var i = 0; i < s.Length; i++)
        {
            if (i == skip || (skip >= 0 && s[i] == previous))
            {
                continue; // a deletion may bring two equal consonants together: collapse them as skeletons do
            }
            previous = s[i];
            h ^= s[i];
            h *= 1099511628211UL;
        }
        return h;
    }
}
