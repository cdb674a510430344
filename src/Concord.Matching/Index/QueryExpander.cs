using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Concord.Matching.Names;
using Concord.Matching.Phonetics;

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
    private static readonly int[] BucketLimit = [64, 32, 96, 32, 64, 24];

    /// <summary>At most this many forms are measured for one unit (lossy units: twice as many).</summary>
    private const int Budget = 192;
    private const int MaxExpansions = 40;
    private const int CacheLimit = 250_000;

    /// <summary>Prefix of the cache key of a joined pair (expanded more narrowly than one word of the same spelling).</summary>
    private const char JoinedTag = '\u0002';
    private readonly IndexData _data;
    private readonly float _floor;
    private readonly ConcurrentDictionary<string, UnitExpansion> _cache = new(StringComparer.Ordinal);
    private int _cached;
    private Dictionary<string, UnitExpansion> _precomputed = new(StringComparer.Ordinal);

    public QueryExpander(IndexData data, float floor)
    {
        _data = data;
        _floor = floor;
    }

    /// <summary>Forgets the expansions cached at query time (not the precomputed ones).</summary>
    public void ClearCache()
    {
        _cache.Clear();
        Interlocked.Exchange(ref _cached, 0);
    }

    public int PrecomputedCount => _precomputed.Count;

    /// <summary>The key of a unit's expansion: its forms.</summary>
    public static string CacheKey(string[] forms) => forms.Length == 1 ? forms[0] : string.Join('\u0001', forms);

    /// <summary>Expands every single-word unit of the list in advance (in parallel); queries then look these up.</summary>
    public void Precompute(List<(string Key, string[] Forms)> wordUnits, int parallelism)
    {
        var expansions = new UnitExpansion[wordUnits.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount };
        Parallel.For(0, wordUnits.Count, options, () => new QueryScratch(_data.FormCount), (i, _, scratch) =>
        {
            expansions[i] = Compute(wordUnits[i].Forms, scratch, joined: false);
            return scratch;
        }, _ => { });
        var table = new Dictionary<string, UnitExpansion>(wordUnits.Count, StringComparer.Ordinal);
        for (var i = 0; i < wordUnits.Count; i++)
        {
            table[wordUnits[i].Key] = expansions[i];
        }
        _precomputed = table;
    }

    public UnitExpansion Expand(NameUnit unit, QueryScratch scratch)
    {
        Profiling.Count(ref Profiling.Units, 1);
        var cacheKey = CacheKey(unit.Forms);
        if (unit.Span == 1 && _precomputed.TryGetValue(cacheKey, out var known))
        {
            return known;
        }
        if (unit.Span > 1)
        {
            // Two words read together are expanded more narrowly than one word of the same spelling.
            cacheKey = JoinedTag + cacheKey;
        }
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
    internal UnitExpansion Compute(string[] unitForms, QueryScratch scratch, bool joined)
    {
        var candidates = Gather(unitForms, scratch, joined);
        Profiling.Count(ref Profiling.ExpandCandidates, candidates.Count);
        if (candidates.Count == 0)
        {
            return UnitExpansion.Empty;
        }
        return Measure(unitForms, candidates);
    }

    /// <summary>The vocabulary forms filed under the unit's retrieval keys, tier by tier within the budget (in scratch.FormCandidates).</summary>
    internal List<int> Gather(string[] unitForms, QueryScratch scratch, bool joined)
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
        scratch.FormCandidateTier.Clear();
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
                        scratch.FormCandidateTier.Add((byte)tier);
                    }
                }
            }
        }
        return candidates;
    }

    /// <summary>
    /// Candidates are scattered over the vocabulary, and reading a form's codes would wait on memory twice
    /// (where its codes are, then the codes): ask for the codes of the candidate 8 ahead, whose start
    /// was asked for 8 iterations ago, and for the start of the one 16 ahead.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PrefetchAhead(ReadOnlySpan<int> ids, int c, int[] codeStart, byte[] kinds, byte[] codes)
    {
        if (c + 16 < ids.Length)
        {
            Prefetch.Touch(codeStart, ids[c + 16]);
            Prefetch.Touch(kinds, ids[c + 16]);
        }
        if (c + 8 < ids.Length)
        {
            Prefetch.Touch(codes, codeStart[ids[c + 8]]);
        }
    }

    /// <summary>Measures the candidate forms against the unit's forms; keeps the best related ones.</summary>
    internal UnitExpansion Measure(string[] unitForms, List<int> candidates)
    {
        var found = new List<(int Form, float Sim)>(Math.Min(candidates.Count, 256));
        var hasTranscription = Array.Exists(unitForms, f => f[0] == Transliteration.Han.HanReader.TranscriptionTag);
        var firstPassFloor = hasTranscription ? 0.4f : _floor;
        // Plain query forms as letter codes: compared with the vocabulary's codes without touching strings.
        var kinds = new byte[unitForms.Length];
        var starts = new int[unitForms.Length + 1];
        for (var f = 0; f < unitForms.Length; f++)
        {
            var (kind, text) = FormCodes.Classify(unitForms[f]);
            kinds[f] = kind;
            starts[f + 1] = starts[f] + (kind < 2 ? text.Length : 0);
        }
        var queryCodes = new byte[starts[^1]];
        for (var f = 0; f < unitForms.Length; f++)
        {
            if (kinds[f] < 2)
            {
                FormCodes.Encode(FormCodes.Classify(unitForms[f]).Text, queryCodes.AsSpan(starts[f]));
            }
        }
        var codeStart = _data.FormCodeStart;
        var vocabCodes = _data.FormCodes;
        var vocabKinds = _data.FormCodeKind;
        var ids = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates);
        for (var c = 0; c < ids.Length; c++)
        {
            PrefetchAhead(ids, c, codeStart, vocabKinds, vocabCodes);
            var id = ids[c];
            var vocabKind = vocabKinds[id];
            var best = 0f;
            for (var f = 0; f < unitForms.Length; f++)
            {
                var form = unitForms[f];
                if (form[0] == Transliteration.Han.HanReader.TranscriptionTag)
                {
                    continue;
                }
                // Only a better similarity than the best so far matters: a higher minimum stops the measure earlier.
                var minimum = Math.Max(firstPassFloor, best);
                float s;
                if (kinds[f] < 2 && vocabKind < 2)
                {
                    var factor = (kinds[f] == 1 ? FormSimilarity.WeakFactor : 1f) * (vocabKind == 1 ? FormSimilarity.WeakFactor : 1f);
                    s = factor * PhoneticSimilarity.AtLeast(
                        queryCodes.AsSpan(starts[f], starts[f + 1] - starts[f]),
                        vocabCodes.AsSpan(codeStart[id], codeStart[id + 1] - codeStart[id]),
                        minimum / factor);
                }
                else
                {
                    s = FormSimilarity.Of(form, _data.Forms[id], minimum);
                }
                if (s > best)
                {
                    best = s;
                }
            }
            // The transcription model is dearer: only for forms the decoded spellings already come near.
            if (hasTranscription && best >= 0.4f && best < 0.98f)
            {
                var vocabForm = _data.Forms[id];
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
        var df = _data.DocumentFrequency;
        found.Sort((a, b) => b.Sim != a.Sim ? b.Sim.CompareTo(a.Sim) : df[b.Form].CompareTo(df[a.Form]));
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
