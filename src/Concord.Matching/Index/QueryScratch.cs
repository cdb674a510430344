using System.Runtime.CompilerServices;

namespace Concord.Matching.Index;

/// <summary>Per-query working memory, reused across queries of one thread (no allocation per candidate).</summary>
internal sealed class QueryScratch
{
    public QueryScratch(int formCount)
    {
        FormStamp = new int[formCount];
        Sims = new FormSimTable(formCount);
    }

    /// <summary>Similarity of expansion forms to query units, for scoring.</summary>
    public FormSimTable Sims { get; }

    /// <summary>Best name per entry while ranking.</summary>
    public List<RankedName> Ranked { get; } = new(64);

    /// <summary>Entries found by date of birth or document number (<see cref="AttributeCandidates"/>).</summary>
    public List<int> AttributeEntries { get; } = new(8);

    /// <summary>Quick scores of the names reached so far (a small hash table: it stays in cache, unlike arrays over all names).</summary>
    public CandidateTable Table { get; } = new();

    public int[] FormStamp { get; }

    public int Stamp { get; set; }

    public List<(ulong Key, byte Tier)> Keys { get; } = new(64);

    public List<int> FormCandidates { get; } = new(1024);

    /// <summary>The key tier through which each of <see cref="FormCandidates"/> was found (diagnostics).</summary>
    public List<byte> FormCandidateTier { get; } = new(1024);

    /// <summary>Best names by quick score (a bounded min-heap: value, then name id).</summary>
    public float[] HeapValue { get; private set; } = new float[64];

    public int[] HeapName { get; private set; } = new int[64];

    public void EnsureHeap(int size)
    {
        if (HeapValue.Length < size)
        {
            HeapValue = new float[size];
            HeapName = new int[size];
        }
    }

    public void Reset() => Table.Clear();
}

/// <summary>
/// Open-addressing table from posting (name id with its word count packed in the low bits, see
/// <see cref="IndexData.PackPosting"/>) to the quick score and the query words that reached it.
/// Slots carry the number of the query that filled them, so clearing the table for the next query
/// is a counter increment, not a write over the whole table.
/// </summary>
internal sealed class CandidateTable
{
    public struct Slot
    {
        public int Key; // posting + 1
        public float Value;
        public uint Bits;
        public int Generation; // the slot is empty unless this is the table's current generation
    }

    private Slot[] _slots = new Slot[8192];
    private int[] _used = new int[4096];
    private int _mask = 8191;
    private int _count;
    private int _generation = 1;

    public int Count => _count;

    public ReadOnlySpan<int> Used => _used.AsSpan(0, _count);

    public ref Slot At(int slot) => ref _slots[slot];

    /// <summary>The slot of a posting, added (empty) if new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref Slot Get(int posting)
    {
        var key = posting + 1;
        var generation = _generation;
        var i = (int)(((uint)key * 0x9E3779B1u) >> 7) & _mask;
        while (true)
        {
            ref var s = ref _slots[i];
            if (s.Generation != generation)
            {
                if (_count * 2 >= _mask)
                {
                    Grow();
                    return ref Get(posting);
                }
                s.Key = key;
                s.Value = 0;
                s.Bits = 0;
                s.Generation = generation;
                _used[_count++] = i;
                return ref s;
            }
            if (s.Key == key)
            {
                return ref s;
            }
            i = (i + 1) & _mask;
        }
    }

    private void Grow()
    {
        var old = _slots;
        var oldUsed = _used;
        var oldCount = _count;
        _slots = new Slot[old.Length * 2];
        _used = new int[old.Length];
        _mask = _slots.Length - 1;
        _count = 0;
        for (var k = 0; k < oldCount; k++)
        {
            var s = old[oldUsed[k]];
            ref var t = ref Get(s.Key - 1);
            t.Value = s.Value;
            t.Bits = s.Bits;
        }
    }

    public void Clear()
    {
        _count = 0;
        if (++_generation == int.MaxValue)
        {
            Array.Clear(_slots);
            _generation = 1;
        }
    }
}

/// <summary>An entry's best name for a query while ranking.</summary>
internal readonly record struct RankedName(int Entry, double Score, float NameScore, int Name, int Reading);
