using Concord.Matching.Phonetics;
using Concord.Matching.Transliteration;

namespace Concord.Matching.Index;

/// <summary>
/// The keys under which a form is filed in the index, in tiers of decreasing precision:
/// 0 the exact spelling (P-form) or code; 1 the spelling with one letter deleted (one typo meets);
/// 2 the consonant skeleton (vowel variants meet: Muhammad, Mohamed, Mukhammad → mhmd);
/// 3 the skeleton with one consonant deleted (long skeletons only); 4–5 a coarse skeleton
/// (consonants grouped by place), exact and with one deleted, for lossy readings (abjad scripts,
/// Chinese transcriptions). The index files every form under all its keys; a query reads the
/// tiers in order within a budget.
/// </summary>
internal static class RetrievalKeys
{
    private const ulong FineTag = 0x46;
    private const ulong CoarseTag = 0x43;
    private const ulong CodeTag = 0x23;
    public const ulong SpellingTag = 0x50;

    public const int Tiers = 6;

    /// <summary>Index side: every key of a form.</summary>
    public static void AddAll(string form, List<ulong> keys)
    {
        var tiered = new List<(ulong, byte)>(32);
        Add(form, tiered, query: false, lossy: false, exactOnly: false);
        foreach (var (k, _) in tiered)
        {
            keys.Add(k);
        }
    }

    /// <summary>
    /// Adds the keys of a form with their tier. A query reads coarse keys only for lossy forms, and
    /// only exact keys (tiers 0 and 2) when <paramref name="exactOnly"/> (joined words, extra spellings).
    /// </summary>
    public static void Add(string form, List<(ulong Key, byte Tier)> keys, bool query, bool lossy, bool exactOnly)
    {
        if (form.Length > 0 && form[0] == FormSimilarity.WeakTag)
        {
            form = form[1..];
        }
        if (form.Length == 0 || form[0] == Transliteration.Han.HanReader.TranscriptionTag)
        {
            return;
        }
        if (form[0] == '#')
        {
            // Acronyms (#a:) and initials (#A:) share a key.
            keys.Add((Hash(CodeTag, form.StartsWith("#A:", StringComparison.Ordinal) ? "#a:" + form[3..] : form), 0));
            return;
        }
        var abjad = form[0] == '~';
        lossy |= abjad;
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
        if (!abjad)
        {
            // The exact spelling always has its own key: short forms (Li, Xu, Bo) would drown in skeleton buckets.
            keys.Add((Hash(SpellingTag, form), 0));
        }
        if (!abjad && form.Length >= 4)
        {
            if (!exactOnly)
            {
                for (var i = 0; i < form.Length; i++)
                {
                    keys.Add((Hash(SpellingTag, form, i), 1));
                }
            }
        }
        keys.Add((Hash(FineTag, fine), 2));
        if (abjad && form.AsSpan(2).Contains('W'))
        {
            // wāw/vav inside a word is often the consonant v/w (Dawud → David, Marwan).
            keys.Add((Hash(FineTag, AbjadForm.Skeleton(form[1] + form[2..].Replace('W', 'v'))), 2));
        }
        if (!exactOnly && fine.Length >= 3)
        {
            for (var i = 0; i < fine.Length; i++)
            {
                keys.Add((Hash(FineTag, fine, i), 3));
            }
        }
        if (coarse.Length >= 2 && (!query || lossy) && !exactOnly)
        {
            keys.Add((Hash(CoarseTag, coarse), 4));
            if (coarse.Length >= 3)
            {
                for (var i = 0; i < coarse.Length; i++)
                {
                    keys.Add((Hash(CoarseTag, coarse, i), 5));
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
