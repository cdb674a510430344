using Concord.Matching.Model;
using Concord.Matching.Names;

namespace Concord.Matching.Index;

/// <summary>
/// The immutable arrays of a built index. An "indexed name" is one reading of one name of one
/// entry; its units are stored flat, each with the vocabulary ids of its forms.
/// </summary>
internal sealed class IndexData
{
    public required WatchlistEntry[] Entries { get; init; }

    // Indexed names.
    public required int[] NameEntry { get; init; }
    public required ushort[] NameTextIndex { get; init; }
    public required byte[] NameReading { get; init; }
    public required byte[] NameWordCount { get; init; }

    /// <summary>Per indexed name: <see cref="NameFlags"/> (one byte, read with every score).</summary>
    public required byte[] NameFlag { get; init; }

    /// <summary>The ceilings of the few indexed names flagged <see cref="NameFlags.Ceiling"/> (<see cref="Names.NameReading.Ceiling"/>).</summary>
    public required Dictionary<int, float> NameCeiling { get; init; }
    public required int[] NameUnitStart { get; init; }

    // Units of indexed names.
    public required int[] UnitFormStart { get; init; }
    public required int[] UnitForms { get; init; }
    public required NamePartRole[] UnitRole { get; init; }
    public required byte[] UnitPosition { get; init; }
    public required byte[] UnitSpan { get; init; }

    // Vocabulary of forms.
    public required string[] Forms { get; init; }
    public required int[] DocumentFrequency { get; init; }

    /// <summary>
    /// Letter codes of the plain forms (P-forms, also behind a weak tag), so that expansion measures
    /// spelling similarity on bytes: codes of form f are FormCodes[FormCodeStart[f]..FormCodeStart[f + 1]];
    /// FormCodeKind[f] is 0 plain, 1 weak plain, 2 other (measured on the string).
    /// </summary>
    public required int[] FormCodeStart { get; init; }
    public required byte[] FormCodes { get; init; }
    public required byte[] FormCodeKind { get; init; }

    /// <summary>Whether each form may be part of a pair of common forms (<see cref="IndexBuilder.PairableForm"/>), so the search need not read the form's text.</summary>
    public required bool[] FormPairable { get; init; }

    /// <summary>Per form, filled as needed: 0 not yet known, 1 not, 2 Chinese syllables (<see cref="Transliteration.Han.HanTable.IsSyllableSequence"/>).</summary>
    private byte[]? _formSyllables;

    /// <summary>Whether a form is Chinese syllables written together (zheng, jinhua, julia); remembered per form.</summary>
    public bool IsSyllableSequence(int form)
    {
        var known = _formSyllables ??= new byte[Forms.Length];
        var state = known[form];
        if (state == 0)
        {
            state = Transliteration.Han.HanTable.Instance.IsSyllableSequence(Forms[form]) ? (byte)2 : (byte)1;
            known[form] = state; // a race writes the same value
        }
        return state == 2;
    }

    // Forms by retrieval key.
    public required Dictionary<ulong, (int Start, int Count)> Keys { get; init; }
    public required int[] KeyForms { get; init; }

    /// <summary>Weight of each unit of the indexed names (<see cref="Weight"/> of its role and primary form), precomputed.</summary>
    public required float[] UnitWeight { get; init; }

    // Names by form; each posting is a name id with its word count packed in (PackPosting).
    public required int[] PostingStart { get; init; }
    public required int[] Postings { get; init; }

    // Names by pair of common forms (packed postings).
    public required Dictionary<ulong, (int Start, int Count)> Pairs { get; init; }
    public required int[] PairPostings { get; init; }

    /// <summary>Bits of a posting that hold the name's word count (capped): the quick score needs it for every name reached, and a lookup in an array over all names would miss the cache.</summary>
    public const int PostingWordBits = 5;

    /// <summary>Most indexed names an index can hold (name ids share an int with the word count).</summary>
    public const int MaxNames = 1 << (31 - PostingWordBits);

    public static int PackPosting(int name, int words) => (name << PostingWordBits) | Math.Min(words, (1 << PostingWordBits) - 1);

    public static int PostingName(int posting) => posting >> PostingWordBits;

    public static int PostingWords(int posting) => posting & ((1 << PostingWordBits) - 1);

    public required int CommonWordThreshold { get; init; }

    public int NameCount => NameEntry.Length;

    public int FormCount => Forms.Length;

    public static ulong PairKey(int a, int b) => a < b ? ((ulong)(uint)a << 32) | (uint)b : ((ulong)(uint)b << 32) | (uint)a;

    /// <summary>True if the list has this exact form (looked up through its spelling key).</summary>
    public bool HasForm(string form)
    {
        if (!Keys.TryGetValue(RetrievalKeys.Hash(RetrievalKeys.SpellingTag, form), out var range))
        {
            return false;
        }
        for (var i = range.Start; i < range.Start + range.Count; i++)
        {
            if (string.Equals(Forms[KeyForms[i]], form, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The weight a part carries: by role, lowered for common words (inverse document frequency).</summary>
    public float Weight(NamePartRole role, int df)
    {
        var roleWeight = role switch
        {
            NamePartRole.Name => 1f,
            NamePartRole.Patronymic => 0.5f,
            NamePartRole.Particle => 0.15f,
            NamePartRole.Initial => 0.3f,
            NamePartRole.Title => 0.1f,
            NamePartRole.LegalForm => 0.3f,
            NamePartRole.OrgTerm => 0.45f,
            NamePartRole.Number => 0.8f,
            _ => 1f,
        };
        if (role != NamePartRole.Name)
        {
            return roleWeight;
        }
        var n = Math.Max(NameCount, 100);
        var rarity = 1f - MathF.Log(1 + df) / MathF.Log(1 + n);
        return roleWeight * (0.3f + 0.7f * Math.Clamp(rarity, 0f, 1f));
    }
}

/// <summary>What the scorer needs to know about an indexed name's reading.</summary>
internal static class NameFlags
{
    /// <summary>A Chinese or Japanese name read as surname + given name (<see cref="Names.NameReading.NoOptionalParts"/>).</summary>
    public const byte NoOptionalParts = 1;

    /// <summary>A reading that is only possible, with a ceiling below 1 (in <see cref="IndexData.NameCeiling"/>).</summary>
    public const byte Ceiling = 2;
}
