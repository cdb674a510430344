using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Concord.Matching.Index;

/// <summary>
/// The names to score are scattered over arrays of a million entries, and scoring one reads about
/// eight of them in a chain (name → its units → their forms), each a wait on memory. Asking for all
/// of them in three sweeps first lets those waits overlap.
/// </summary>
internal static class NamePrefetch
{
    public static unsafe void Names(IndexData data, List<int> names)
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Touch<T>(T[] array, int index)
        where T : unmanaged
    {
        if ((uint)index < (uint)array.Length)
        {
            fixed (T* p = &array[index])
            {
                Sse.Prefetch0(p);
            }
        }
    }
}
