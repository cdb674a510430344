using Concord.Matching.Index;
using Concord.Matching.Names;

namespace Concord.Matching.Scoring;

/// <summary>
/// Scores a query reading against an indexed name: aligns parts greedily, most similar first
/// (each word used once, a joined pair counting for two), in any order, then
/// score = Σ matched sim·(w_query + w_record) / (Σ w_query + Σ w_record(matched) + ½ Σ w_record(unmatched)).
/// Words missing from the query cost half as much as words the record lacks: lists often hold
/// longer names (patronymics, middle names) than the documents that are screened.
/// </summary>
internal static class NameScorer
{
    private const float MinPartSimilarity = 0.5f;
    private const float UnmatchedRecordFactor = 0.65f;

    /// <summary>
    /// How much a word beyond a Chinese name's surname and given name counts, in the record or (against a name listed
    /// in Han characters) in the query: more than a word the query lacks, since such a name has no optional parts
    /// (李红 is not LI, Hong Ri, nor 苏勇 KIM, Yong Su).
    /// </summary>
    private const float ExtraWordFactor = 1.25f;

    /// <summary>One accepted pair of the alignment.</summary>
    public readonly record struct Link(int QueryUnit, int RecordUnit, float Similarity);

    /// <param name="table">The query's form similarity table (O(1) lookups); without it, the expansions are searched.</param>
    public static float Score(QueryPlan plan, int reading, IndexData data, int name, List<Link>? links = null, FormSimTable? table = null)
    {
        var units = plan.Readings[reading].Units;
        var noOptionalParts = plan.Readings[reading].NoOptionalParts; // a Chinese or Japanese name: surname + given name
        var recordFlag = data.NameFlag[name];
        var recordNoOptionalParts = (recordFlag & NameFlags.NoOptionalParts) != 0; // the same, listed in Han characters
        var queryInParts = plan.Readings[reading].WordCount > 1; // one query word against such a name is a joined spelling
        var exps = plan.Expansions[reading];
        var qWeights = plan.Weights[reading];
        var u0 = data.NameUnitStart[name];
        var u1 = data.NameUnitStart[name + 1];
        var recordUnits = u1 - u0;
        int words = data.NameWordCount[name];
        if (recordUnits == 0 || units.Length == 0)
        {
            return 0f;
        }
        Span<float> nWeights = stackalloc float[Math.Max(words, 1)];
        nWeights.Clear();
        for (var u = u0; u < u1; u++)
        {
            if (data.UnitSpan[u] == 1 && data.UnitPosition[u] < words)
            {
                nWeights[data.UnitPosition[u]] = data.UnitWeight[u];
            }
        }
        var maxPairs = units.Length * recordUnits;
        Span<float> keys = maxPairs <= 512 ? stackalloc float[maxPairs] : new float[maxPairs];
        Span<int> pairs = maxPairs <= 512 ? stackalloc int[maxPairs] : new int[maxPairs];
        Span<float> sims = maxPairs <= 512 ? stackalloc float[maxPairs] : new float[maxPairs];
        var count = 0;
        for (var k = 0; k < units.Length; k++)
        {
            var q = units[k];
            var wq = SpanWeight(qWeights, q.Start, q.Span);
            for (var j = 0; j < recordUnits; j++)
            {
                var u = u0 + j;
                if (noOptionalParts && q.Span > 1 && data.UnitSpan[u] > 1)
                {
                    // A Chinese name written as one word meets one word; two joined words (LI Youmin as liumin)
                    // have their split elsewhere, and each word meets the name's parts on its own.
                    continue;
                }
                var s = Similarity(q, exps[k], data, u, table, table is null ? 0 : plan.Column(reading, k));
                // A Chinese name's part is spelled by its readings: near them is another syllable or a foreign word
                // (JULIA, FAXON for 伏欣), not a spelling variant. So in a query, and so in a listed name.
                if (s < 0.95f && s >= MinPartSimilarity
                    && ((noOptionalParts && (q.Span > 1 || OtherSyllable(q, data, u)))
                        || (recordNoOptionalParts && queryInParts && OtherSyllableInQuery(q, data, u))))
                {
                    s = Math.Min(s, OtherSyllableSimilarity);
                }
                if (s < MinPartSimilarity)
                {
                    continue;
                }
                var wn = SpanWeight(nWeights, data.UnitPosition[u], data.UnitSpan[u]);
                keys[count] = s + 0.001f * (wq + wn); // most similar first; weight breaks ties
                pairs[count] = (k << 16) | j;
                sims[count] = s;
                count++;
            }
        }
        // Greedy alignment, best weighted pair first.
        var usedQ = 0UL;
        var usedN = 0UL;
        var matched = 0f;
        var matchedQueryWeight = 0f;
        var matchedRecordWeight = 0f;
        for (var taken = 0; taken < count; taken++)
        {
            var best = -1;
            for (var i = 0; i < count; i++)
            {
                if (keys[i] >= 0 && (best < 0 || keys[i] > keys[best]))
                {
                    best = i;
                }
            }
            if (best < 0)
            {
                break;
            }
            var k = pairs[best] >> 16;
            var j = pairs[best] & 0xFFFF;
            keys[best] = -1;
            var q = units[k];
            var u = u0 + j;
            var qMask = Mask(q.Start, q.Span);
            var nMask = Mask(data.UnitPosition[u], data.UnitSpan[u]);
            if ((usedQ & qMask) != 0 || (usedN & nMask) != 0)
            {
                continue;
            }
            usedQ |= qMask;
            usedN |= nMask;
            var wq = SpanWeight(qWeights, q.Start, q.Span);
            var wn = SpanWeight(nWeights, data.UnitPosition[u], data.UnitSpan[u]);
            matched += Credit(sims[best]) * (wq + wn);
            matchedQueryWeight += wq;
            matchedRecordWeight += wn;
            links?.Add(new Link(k, j, sims[best]));
        }
        var queryWeight = 0f;
        foreach (var w in qWeights)
        {
            queryWeight += w;
        }
        var recordWeight = 0f;
        foreach (var w in nWeights)
        {
            recordWeight += w;
        }
        var unmatchedFactor = noOptionalParts ? ExtraWordFactor : UnmatchedRecordFactor;
        var denominator = queryWeight + matchedRecordWeight + unmatchedFactor * (recordWeight - matchedRecordWeight);
        if (recordNoOptionalParts)
        {
            denominator += (ExtraWordFactor - 1f) * (queryWeight - matchedQueryWeight); // THU, Yin Min is not 尹敏
        }
        var ceiling = plan.Readings[reading].Ceiling;
        if ((recordFlag & NameFlags.Ceiling) != 0 && data.NameCeiling.TryGetValue(name, out var recordCeiling))
        {
            ceiling *= recordCeiling;
        }
        return denominator <= 0 ? 0f : Math.Min(1f, matched / denominator) * ceiling;
    }

    /// <summary>
    /// How much a pair of parts counts: its similarity when the parts are clearly the same name,
    /// falling steeply below 0.9 (Gregorio/Gerardo, Marvin/Milovan are different names, not half the same).
    /// </summary>
    public static float Credit(float similarity) =>
        similarity >= 0.9f ? similarity : similarity * Math.Clamp((similarity - 0.6f) / 0.3f, 0f, 1f);

    private static ulong Mask(int start, int span) => start >= 64 ? 0UL : ((span >= 64 ? ulong.MaxValue : (1UL << span) - 1) << start);

    private static float SpanWeight(ReadOnlySpan<float> weights, int start, int span)
    {
        var w = 0f;
        for (var i = start; i < start + span && i < weights.Length; i++)
        {
            w += weights[i];
        }
        return w;
    }

    /// <summary>What a part of a Chinese name scores against a record word made of other Chinese syllables.</summary>
    private const float OtherSyllableSimilarity = 0.7f;

    /// <summary>
    /// True when <paramref name="q"/> is a part of a Chinese name read from Han characters (张, 建华, 周 丽: every unit of a
    /// reading with <see cref="NameReading.NoOptionalParts"/> is) and the record word is Chinese syllables (ZHENG, HONG,
    /// Jinhua, JULIA = ju·li·a) that are none of the part's readings: in pinyin, Zheng is another surname and Jinhua
    /// another given name, not spellings of Zhang and Jianhua, however close the letters.
    /// </summary>
    private static bool OtherSyllable(NameUnit q, IndexData data, int recordUnit)
    {
        var recordFormId = data.UnitForms[data.UnitFormStart[recordUnit]];
        if (!data.IsSyllableSequence(recordFormId))
        {
            return false;
        }
        var recordForm = data.Forms[recordFormId];
        foreach (var f in q.Forms)
        {
            if (FormSimilarity.Spelling(f).SequenceEqual(recordForm))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// True when the record unit is a part of a Chinese name listed in Han characters and the query word is Chinese
    /// syllables that are none of its readings (ZHENG for 张, Jinhua for 建华).
    /// </summary>
    private static bool OtherSyllableInQuery(NameUnit q, IndexData data, int recordUnit)
    {
        if (!q.IsSyllableSequence)
        {
            return false;
        }
        for (var f = data.UnitFormStart[recordUnit]; f < data.UnitFormStart[recordUnit + 1]; f++)
        {
            if (FormSimilarity.Spelling(data.Forms[data.UnitForms[f]]).SequenceEqual(q.Forms[0]))
            {
                return false;
            }
        }
        return true;
    }

    private static float Similarity(NameUnit q, UnitExpansion exp, IndexData data, int recordUnit, FormSimTable? table, int column)
    {
        var f0 = data.UnitFormStart[recordUnit];
        var f1 = data.UnitFormStart[recordUnit + 1];
        if (q.Role == NamePartRole.Initial || data.UnitRole[recordUnit] == NamePartRole.Initial)
        {
            var recordPrimary = data.Forms[data.UnitForms[f0]];
            var queryPrimary = q.Forms[0];
            if (queryPrimary.Length == 0 || recordPrimary.Length == 0 || !char.IsAsciiLetterLower(queryPrimary[0]) || !char.IsAsciiLetterLower(recordPrimary[0]))
            {
                return 0f;
            }
            if (queryPrimary.Length == 1 && recordPrimary.Length == 1)
            {
                return queryPrimary[0] == recordPrimary[0] ? 1f : 0f;
            }
            return queryPrimary[0] == recordPrimary[0] ? 0.8f : 0f;
        }
        if (q.Role == NamePartRole.Number && data.UnitRole[recordUnit] == NamePartRole.Number && q.Forms[0].Length == 1)
        {
            // One-digit numbers have no expansion (too short to search by): they match only themselves.
            return string.Equals(q.Forms[0], data.Forms[data.UnitForms[f0]], StringComparison.Ordinal) ? 1f : 0f;
        }
        var best = 0f;
        for (var f = f0; f < f1; f++)
        {
            var s = table is null ? exp.SimilarityTo(data.UnitForms[f]) : table.Get(data.UnitForms[f], column);
            if (s > best)
            {
                best = s;
            }
        }
        if (best < 1f && q.HasOneLetterForm)
        {
            best = Math.Max(best, OneLetterForm(q, data, f0, f1));
        }
        return best;
    }

    /// <summary>
    /// A word whose form is one letter (Yi, 以 → i; E; O) has no expansion, being too short to search by: it meets
    /// the same one-letter form of the record here.
    /// </summary>
    private static float OneLetterForm(NameUnit q, IndexData data, int f0, int f1)
    {
        var best = 0f;
        foreach (var qf in q.Forms)
        {
            if (!FormSimilarity.IsOneLetter(qf))
            {
                continue;
            }
            for (var f = f0; f < f1; f++)
            {
                var rf = data.Forms[data.UnitForms[f]];
                if (FormSimilarity.IsOneLetter(rf))
                {
                    best = Math.Max(best, FormSimilarity.Of(qf, rf, 0f));
                }
            }
        }
        return best;
    }
}
