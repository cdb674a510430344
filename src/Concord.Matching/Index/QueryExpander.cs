using System.Collections.Concurrent;
using Concord.Matching.Names;

namespace Concord.Matching.Index;

/// <summary>
/// Finds, for a query unit, the vocabulary forms it may stand for: looks up the unit's retrieval
/// keys, then measures each form found. Results are cached per unit (common given names and
/// family names repeat across a screening run).
/// </summary>
internal sealed class QueryExpander
{
    /// <summary>
    /// Forms read per key by tier (most frequent first within a key). The exact spelling is always
    /// found through its own key; large buckets only add rarer variants, which the head covers.
    /// </summary>
    private static readonly int[] BucketLimit = [32, 16, 48, 16, 32, 12];

    /// <summary>At most this many forms are measured for one unit (lossy units: twice as many).</summary>
    private const int Budget = 96;
    private const int MaxExpansions = 40;
    private const int CacheLimit = 250_000;
    private readonly IndexData _data;
    private readonly float _floor;
    private readonly ConcurrentDictionary<string, UnitExpansion> _cache = new(StringComparer.Ordinal);
    private int _cached;

    public QueryExpander(IndexData data, float floor)
    {
        _data = data;
        _floor = floor;
    }

    public UnitExpansion Expand(NameUnit unit, QueryScratch scratch)
    {
        Profiling.Count(ref Profiling.Units, 1);
        var cacheKey = unit.Forms.Length == 1 ? unit.Forms[0] : string.Join('\u0001', unit.Forms);
        if (_cache.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }
        Profiling.Count(ref Profiling.Misses, 1);
        var expansion = Compute(unit.Forms, scratch, joined: unit.Span > 1);
        // ConcurrentDictionary.Count takes every lock: keep an approximate count instead.
        if (Interlocked.Increment(ref _cached) > CacheLimit)
        {
            _cache.Clear();
            Interlocked.Exchange(ref _cached, 0);
        }
        _cache.TryAdd(cacheKey, expansion);
        return expansion;
    }

    /// <param name="joined">Two words read together: only the exact spelling and skeleton are looked up (the words themselves carry the fuzzy search).</param>
    private UnitExpansion Compute(string[] unitForms, QueryScratch scratch, bool joined)
    {
        var lossy = false;
        foreach (var f in unitForms)
        {
            if (f.Length > 0 && f[0] is '^' or '~')
            {
                lossy = true;
            }
        }
        scratch.Keys.Clear();
        for (var f = 0; f < unitForms.Length; f++)
        {
            // Extra spellings of a unit (regional surname forms, …) are looked up exactly.
            RetrievalKeys.Add(unitForms[f], scratch.Keys, query: true, lossy: lossy, exactOnly: joined || f >= 2);
        }
        scratch.Stamp++;
        if (scratch.Stamp == int.MaxValue)
        {
            Array.Clear(scratch.FormStamp);
            scratch.Stamp = 1;
        }
        var stamp = scratch.Stamp;
        var candidates = scratch.FormCandidates;
        candidates.Clear();
        var budget = lossy ? 2 * Budget : Budget;
        for (var tier = 0; tier < RetrievalKeys.Tiers && candidates.Count < budget; tier++)
        {
            var limit = joined ? 8 : BucketLimit[tier];
            foreach (var (key, keyTier) in scratch.Keys)
            {
                if (keyTier != tier || !_data.Keys.TryGetValue(key, out var range))
                {
                    continue;
                }
                var end = range.Start + Math.Min(range.Count, limit);
                for (var i = range.Start; i < end && candidates.Count < budget; i++)
                {
                    var id = _data.KeyForms[i];
                    if (scratch.FormStamp[id] != stamp)
                    {
                        scratch.FormStamp[id] = stamp;
                        candidates.Add(id);
                    }
                }
            }
        }
        Profiling.Count(ref Profiling.ExpandCandidates, candidates.Count);
        if (candidates.Count == 0)
        {
            return UnitExpansion.Empty;
        }
        var found = new List<(int Form, float Sim)>(Math.Min(candidates.Count, 256));
        var hasTranscription = Array.Exists(unitForms, f => f[0] == Transliteration.Han.HanReader.TranscriptionTag);
        var firstPassFloor = hasTranscription ? 0.4f : _floor;
        foreach (var id in candidates)
        {
            var vocabForm = _data.Forms[id];
            var best = 0f;
            foreach (var f in unitForms)
            {
                if (f[0] == Transliteration.Han.HanReader.TranscriptionTag)
                {
                    continue;
                }
                var s = FormSimilarity.Of(f, vocabForm, firstPassFloor);
                if (s > best)
                {
                    best = s;
                }
            }
            // The transcription model is dearer: only for forms the decoded spellings already come near.
            if (hasTranscription && best >= 0.4f && best < 0.98f)
            {
                foreach (var f in unitForms)
                {
                    if (f[0] == Transliteration.Han.HanReader.TranscriptionTag)
                    {
                        var s = FormSimilarity.Of(f, vocabForm, _floor);
                        if (s > best)
                        {
                            best = s;
                        }
                    }
                }
            }
            if (best >= _floor)
            {
                found.Add((id, best));
            }
        }
        found.Sort((a, b) => b.Sim != a.Sim ? b.Sim.CompareTo(a.Sim) : _data.DocumentFrequency[b.Form].CompareTo(_data.DocumentFrequency[a.Form]));
        var n = Math.Min(found.Count, MaxExpansions);
        var forms = new int[n];
        var sims = new float[n];
        for (var i = 0; i < n; i++)
        {
            forms[i] = found[i].Form;
            sims[i] = found[i].Sim;
        }
        return new UnitExpansion(forms, sims);
    }
}
