using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Concord.Matching.Index;

/// <summary>
/// Asks the processor for index data a query will read soon. The index's arrays hold millions of
/// entries and a query reads them at scattered places, often in chains (name → its units → their
/// forms), each read a wait on memory; asked for in sweeps first, those waits overlap.
/// </summary>
internal static class Prefetch
{
    /// <summary>What scoring the names reads, in three sweeps (names, their units, the units' forms).</summary>
    public static void Names(IndexData data, List<int> names)
    {
        if (!Sse.IsSupported || names.Count == 0)
        {
            return;
        }
        var ids = CollectionsMarshal.AsSpan(names);
        foreach (var n in ids)
        {
            Touch(data.NameUnitStart, n);
            Touch(data.NameWordCount, n);
            Touch(data.NameFlag, n);
            Touch(data.NameEntry, n);
        }
        foreach (var n in ids)
        {
            var u = data.NameUnitStart[n];
            if (u < data.UnitFormStart.Length - 1)
            {
                Touch(data.UnitFormStart, u);
                Touch(data.UnitSpan, u);
                Touch(data.UnitPosition, u);
                Touch(data.UnitWeight, u);
                Touch(data.UnitRole, u);
            }
        }
        foreach (var n in ids)
        {
            var u = data.NameUnitStart[n];
            if (u < data.UnitFormStart.Length - 1)
            {
                Touch(data.UnitForms, data.UnitFormStart[u]);
            }
        }
    }

    /// <summary>The document frequencies and posting-list starts of the forms the candidate search will walk, then the heads of those lists.</summary>
    public static void Postings(IndexData data, QueryPlan plan, int perUnit)
    {
        if (!Sse.IsSupported)
        {
            return;
        }
        foreach (var exps in plan.Expansions)
        {
            foreach (var e in exps)
            {
                for (var i = 0; i < e.Count && i < perUnit; i++)
                {
                    Touch(data.DocumentFrequency, e.Forms[i]);
                    Touch(data.PostingStart, e.Forms[i]);
                }
            }
        }
        foreach (var exps in plan.Expansions)
        {
            foreach (var e in exps)
            {
                for (var i = 0; i < e.Count && i < perUnit; i++)
                {
                    Touch(data.Postings, data.PostingStart[e.Forms[i]]);
                }
            }
        }
    }

    /// <summary>Asks for the cache line of <c>array[index]</c> (nothing if the index is outside the array or the processor has no prefetch instruction).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Touch<T>(T[] array, int index)
        where T : unmanaged
    {
        if (Sse.IsSupported && (uint)index < (uint)array.Length)
        {
            fixed (T* p = &array[index])
            {
                Sse.Prefetch0(p);
            }
        }
    }
}
