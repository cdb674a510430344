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
    private const int MaxBucket = 4000;
    private const int MaxExpansions = 40;
    private const int CacheLimit = 250_000;
    private readonly IndexData _data;
    private readonly float _floor;
    private readonly ConcurrentDictionary<string, UnitExpansion> _cache = new(StringComparer.Ordinal);

    public QueryExpander(IndexData data, float floor)
    {
        _data = data;
        _floor = floor;
    }

    public UnitExpansion Expand(NameUnit unit, QueryScratch scratch)
    {
        var cacheKey = unit.Forms.Length == 1 ? unit.Forms[0] : string.Join('\u0001', unit.Forms);
        if (_cache.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }
        var expansion = Compute(unit.Forms, scratch);
        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }
        _cache.TryAdd(cacheKey, expansion);
        return expansion;
    }

    private UnitExpansion Compute(string[] unitForms, QueryScratch scratch)
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
        foreach (var f in unitForms)
        {
            RetrievalKeys.Add(f, scratch.Keys, query: true, lossyUnit: lossy);
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
        foreach (var key in scratch.Keys)
        {
            if (!_data.Keys.TryGetValue(key, out var range))
            {
                continue;
            }
            var end = range.Start + Math.Min(range.Count, MaxBucket);
            for (var i = range.Start; i < end; i++)
            {
                var id = _data.KeyForms[i];
                if (scratch.FormStamp[id] != stamp)
                {
                    scratch.FormStamp[id] = stamp;
                    candidates.Add(id);
                }
            }
        }
        if (candidates.Count == 0)
        {
            return UnitExpansion.Empty;
        }
        var found = new List<(int Form, float Sim)>(Math.Min(candidates.Count, 256));
        foreach (var id in candidates)
        {
            var vocabForm = _data.Forms[id];
            var best = 0f;
            foreach (var f in unitForms)
            {
                var s = FormSimilarity.Of(f, vocabForm, _floor);
                if (s > best)
                {
                    best = s;
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
