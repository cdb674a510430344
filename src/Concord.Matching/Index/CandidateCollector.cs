using System.Numerics;

namespace Concord.Matching.Index;

/// <summary>
/// Gathers the names worth scoring for a query without comparing it with every name: walks the
/// posting lists of the query parts' related forms that are not common, and reaches names made
/// of common forms (Muhammad, Wang, Wei) through the index of form pairs. Keeps the best few by
/// a quick accumulated score.
/// </summary>
internal static class CandidateCollector
{
    private const int MaxPerUnitWalks = 12;
    private const int PairFanout = 6;

    public static List<int> Collect(QueryPlan plan, IndexData data, QueryScratch scratch, int keep)
    {
        var cap = data.CommonWordThreshold;
        Prefetch.Postings(data, plan, MaxPerUnitWalks);
        for (var r = 0; r < plan.Readings.Count; r++)
        {
            var units = plan.Readings[r].Units;
            var exps = plan.Expansions[r];
            var searchable = 0;
            for (var u = 0; u < units.Length; u++)
            {
                if (IndexBuilder.IsSearchable(units[u].Role) && exps[u].Count > 0)
                {
                    searchable++;
                }
            }
            for (var u = 0; u < units.Length; u++)
            {
                if (!IndexBuilder.IsSearchable(units[u].Role) && searchable > 0)
                {
                    continue;
                }
                var bit = Bits(units[u].Start, units[u].Span);
                var exp = exps[u];
                var walks = 0;
                for (var i = 0; i < exp.Count && walks < MaxPerUnitWalks; i++)
                {
                    var form = exp.Forms[i];
                    var df = data.DocumentFrequency[form];
                    if (df > cap)
                    {
                        continue;
                    }
                    walks++;
                    var value = exp.Similarities[i] * data.Weight(units[u].Role, df);
                    Profiling.Count(ref Profiling.Postings, data.PostingStart[form + 1] - data.PostingStart[form]);
                    Walk(data.Postings, data.PostingStart[form], data.PostingStart[form + 1], bit, value, scratch);
                }
            }
            CollectPairs(units, exps, data, scratch, searchable);
        }
        if (scratch.Table.Count < keep)
        {
            Fallback(plan, data, scratch);
        }
        return Top(scratch, keep);
    }

    private static uint Bit(int position) => 1u << (position & 31);

    /// <summary>The query words a unit covers (a joined pair covers two).</summary>
    private static uint Bits(int start, int span) => span == 1 ? Bit(start) : Bit(start) | Bit(start + 1);

    /// <summary>Adds <paramref name="value"/> to each name for the query words in <paramref name="bits"/> it was not yet reached by (pro rata).</summary>
    private static void Walk(int[] postings, int from, int to, uint bits, float value, QueryScratch scratch)
    {
        var table = scratch.Table;
        var share = value / BitOperations.PopCount(bits);
        for (var p = from; p < to; p++)
        {
            ref var slot = ref table.Get(postings[p]);
            var m = slot.Bits;
            var fresh = bits & ~m;
            if (fresh == 0)
            {
                continue;
            }
            slot.Bits = m | fresh;
            slot.Value += fresh == bits ? value : share * BitOperations.PopCount(fresh);
        }
    }

    private static void CollectPairs(Names.NameUnit[] units, UnitExpansion[] exps, IndexData data, QueryScratch scratch, int searchable)
    {
        var cap = data.CommonWordThreshold;
        for (var a = 0; a < units.Length; a++)
        {
            if (!IndexBuilder.IsSearchable(units[a].Role))
            {
                continue;
            }
            if (searchable == 1)
            {
                var e = exps[a];
                var taken = 0;
                for (var i = 0; i < e.Count && taken < PairFanout; i++)
                {
                    var fa = e.Forms[i];
                    if (data.DocumentFrequency[fa] <= cap || !data.FormPairable[fa])
                    {
                        continue;
                    }
                    taken++;
                    if (data.Pairs.TryGetValue(IndexData.PairKey(fa, fa), out var range))
                    {
                        Walk(data.PairPostings, range.Start, range.Start + range.Count, Bits(units[a].Start, units[a].Span), e.Similarities[i], scratch);
                    }
                }
                continue;
            }
            for (var b = a + 1; b < units.Length; b++)
            {
                if (!IndexBuilder.IsSearchable(units[b].Role)
                    || IndexBuilder.Overlap(units[a].Start, units[a].Span, units[b].Start, units[b].Span))
                {
                    continue;
                }
                PairsOf(exps[a], exps[b], Bits(units[a].Start, units[a].Span) | Bits(units[b].Start, units[b].Span), data, scratch);
            }
        }
    }

    /// <summary>Looks up the pairs (form of a, form of b) where at least one of the two forms is common.</summary>
    private static void PairsOf(UnitExpansion ea, UnitExpansion eb, uint bits, IndexData data, QueryScratch scratch)
    {
        var cap = data.CommonWordThreshold;
        // The first few pairable forms of b, read once rather than once per form of a.
        Span<int> bForms = stackalloc int[PairFanout];
        Span<float> bSims = stackalloc float[PairFanout];
        Span<bool> bCommon = stackalloc bool[PairFanout];
        var bCount = 0;
        for (var j = 0; j < eb.Count && bCount < PairFanout; j++)
        {
            var fb = eb.Forms[j];
            if (data.FormPairable[fb])
            {
                bForms[bCount] = fb;
                bSims[bCount] = eb.Similarities[j];
                bCommon[bCount] = data.DocumentFrequency[fb] > cap;
                bCount++;
            }
        }
        var takenA = 0;
        for (var i = 0; i < ea.Count && takenA < PairFanout; i++)
        {
            var fa = ea.Forms[i];
            if (!data.FormPairable[fa])
            {
                continue;
            }
            takenA++;
            var commonA = data.DocumentFrequency[fa] > cap;
            for (var j = 0; j < bCount; j++)
            {
                if (!commonA && !bCommon[j])
                {
                    continue;
                }
                Profiling.Count(ref Profiling.PairLookups, 1);
                if (data.Pairs.TryGetValue(IndexData.PairKey(fa, bForms[j]), out var range))
                {
                    Profiling.Count(ref Profiling.PairPostings, range.Count);
                    var value = (ea.Similarities[i] + bSims[j]) * 0.6f;
                    Walk(data.PairPostings, range.Start, range.Start + range.Count, bits, value, scratch);
                }
            }
        }
    }

    /// <summary>When the query is made only of common words that never occur together in the list, scan a bounded part of their names.</summary>
    private static void Fallback(QueryPlan plan, IndexData data, QueryScratch scratch)
    {
        var cap = data.CommonWordThreshold;
        for (var r = 0; r < plan.Readings.Count; r++)
        {
            var units = plan.Readings[r].Units;
            for (var u = 0; u < units.Length; u++)
            {
                var e = plan.Expansions[r][u];
                for (var i = 0; i < e.Count && i < 2; i++)
                {
                    var form = e.Forms[i];
                    if (data.DocumentFrequency[form] <= cap)
                    {
                        continue;
                    }
                    var from = data.PostingStart[form];
                    Walk(data.Postings, from, Math.Min(data.PostingStart[form + 1], from + cap), Bits(units[u].Start, units[u].Span), e.Similarities[i] * 0.5f, scratch);
                }
            }
        }
    }

    /// <summary>The <paramref name="keep"/> best names by quick score (ties: lower name id first), best first.</summary>
    private static List<int> Top(QueryScratch scratch, int keep)
    {
        var table = scratch.Table;
        scratch.EnsureHeap(keep);
        var hv = scratch.HeapValue;
        var hn = scratch.HeapName;
        var size = 0;
        foreach (var i in table.Used)
        {
            ref var s = ref table.At(i);
            var posting = s.Key - 1;
            var name = IndexData.PostingName(posting);
            // Prefer names with few words the query did not reach (Abdullah over Abdullah Anshori).
            var unreached = IndexData.PostingWords(posting) - BitOperations.PopCount(s.Bits);
            var v = Math.Max(s.Value - 0.3f * Math.Max(0, unreached), 0.35f * s.Value);
            if (size < keep)
            {
                // Sift up.
                var c = size++;
                while (c > 0)
                {
                    var parent = (c - 1) >> 1;
                    if (!Worse(v, name, hv[parent], hn[parent]))
                    {
                        break;
                    }
                    hv[c] = hv[parent];
                    hn[c] = hn[parent];
                    c = parent;
                }
                hv[c] = v;
                hn[c] = name;
            }
            else if (Worse(hv[0], hn[0], v, name))
            {
                SiftDown(hv, hn, size, v, name);
            }
        }
        var result = new List<int>(size);
        while (size > 0)
        {
            result.Add(hn[0]);
            size--;
            if (size > 0)
            {
                SiftDown(hv, hn, size, hv[size], hn[size]);
            }
        }
        result.Reverse();
        return result;
    }

    /// <summary>Replaces the root of the min-heap by (v, name) and restores the heap order.</summary>
    private static void SiftDown(float[] hv, int[] hn, int size, float v, int name)
    {
        var c = 0;
        while (true)
        {
            var l = 2 * c + 1;
            if (l >= size)
            {
                break;
            }
            var r = l + 1;
            var m = r < size && Worse(hv[r], hn[r], hv[l], hn[l]) ? r : l;
            if (!Worse(hv[m], hn[m], v, name))
            {
                break;
            }
            hv[c] = hv[m];
            hn[c] = hn[m];
            c = m;
        }
        hv[c] = v;
        hn[c] = name;
    }

    /// <summary>True if (va, na) ranks below (vb, nb).</summary>
    private static bool Worse(float va, int na, float vb, int nb) => va < vb || (va == vb && na > nb);
}
