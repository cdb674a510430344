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
                    Walk(data.Postings, data.PostingStart[form], data.PostingStart[form + 1], bit, value, scratch);
                }
            }
            CollectPairs(units, exps, data, scratch, searchable);
        }
        if (scratch.Touched.Count < keep)
        {
            Fallback(plan, data, scratch);
        }
        return Top(scratch, data, keep);
    }

    private static uint Bit(int position) => 1u << (position & 31);

    /// <summary>The query words a unit covers (a joined pair covers two).</summary>
    private static uint Bits(int start, int span) => span == 1 ? Bit(start) : Bit(start) | Bit(start + 1);

    /// <summary>Adds <paramref name="value"/> to each name for the query words in <paramref name="bits"/> it was not yet reached by (pro rata).</summary>
    private static void Walk(int[] postings, int from, int to, uint bits, float value, QueryScratch scratch)
    {
        var mask = scratch.Mask;
        var acc = scratch.Accumulator;
        var share = value / System.Numerics.BitOperations.PopCount(bits);
        for (var p = from; p < to; p++)
        {
            var n = postings[p];
            var m = mask[n];
            var fresh = bits & ~m;
            if (fresh == 0)
            {
                continue;
            }
            if (m == 0)
            {
                scratch.Touched.Add(n);
            }
            mask[n] = m | fresh;
            acc[n] += fresh == bits ? value : share * System.Numerics.BitOperations.PopCount(fresh);
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
                    if (data.DocumentFrequency[fa] <= cap || !IndexBuilder.PairableForm(data.Forms[fa]))
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
        var takenA = 0;
        for (var i = 0; i < ea.Count && takenA < PairFanout; i++)
        {
            var fa = ea.Forms[i];
            if (!IndexBuilder.PairableForm(data.Forms[fa]))
            {
                continue;
            }
            takenA++;
            var commonA = data.DocumentFrequency[fa] > cap;
            var takenB = 0;
            for (var j = 0; j < eb.Count && takenB < PairFanout; j++)
            {
                var fb = eb.Forms[j];
                if (!IndexBuilder.PairableForm(data.Forms[fb]))
                {
                    continue;
                }
                takenB++;
                if (!commonA && data.DocumentFrequency[fb] <= cap)
                {
                    continue;
                }
                if (data.Pairs.TryGetValue(IndexData.PairKey(fa, fb), out var range))
                {
                    var value = (ea.Similarities[i] + eb.Similarities[j]) * 0.6f;
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

    private static List<int> Top(QueryScratch scratch, IndexData data, int keep)
    {
        var heap = scratch.Heap;
        heap.Clear();
        var acc = scratch.Accumulator;
        var mask = scratch.Mask;
        foreach (var n in scratch.Touched)
        {
            // Prefer names with few words the query did not reach (Abdullah over Abdullah Anshori).
            var unreached = data.NameWordCount[n] - System.Numerics.BitOperations.PopCount(mask[n]);
            var v = acc[n] - 0.3f * Math.Max(0, unreached);
            if (heap.Count < keep)
            {
                heap.Enqueue(n, v);
            }
            else if (heap.TryPeek(out _, out var min) && v > min)
            {
                heap.EnqueueDequeue(n, v);
            }
        }
        var result = new List<int>(heap.Count);
        while (heap.TryDequeue(out var n, out _))
        {
            result.Add(n);
        }
        result.Reverse();
        return result;
    }
}
