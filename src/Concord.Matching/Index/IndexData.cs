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

    // Forms by retrieval key.
    public required Dictionary<ulong, (int Start, int Count)> Keys { get; init; }
    public required int[] KeyForms { get; init; }

    // Names by form.
    public required int[] PostingStart { get; init; }
    public required int[] Postings { get; init; }

    // Names by pair of common forms.
    public required Dictionary<ulong, (int Start, int Count)> Pairs { get; init; }
    public required int[] PairPostings { get; init; }

    public required int CommonWordThreshold { get; init; }

    public int NameCount => NameEntry.Length;

    public int FormCount => Forms.Length;

    public static ulong PairKey(int a, int b) => a < b ? ((ulong)(uint)a << 32) | (uint)b : ((ulong)(uint)b << 32) | (uint)a;

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
