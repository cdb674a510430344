using System.Collections.Concurrent;
using Concord.Matching.Model;
using Concord.Matching.Names;
using Concord.Matching.Scoring;

namespace Concord.Matching.Index;

/// <summary>
/// An in-memory index of watch-list names for screening. Build it once from the entries
/// (<see cref="Build"/>); <see cref="Screen(ScreeningQuery, int, double)"/> is thread-safe and may be called
/// concurrently (web requests, bulk screening across cores).
/// </summary>
public sealed class MatchIndex
{
    private readonly IndexData _data;
    private readonly MatchOptions _options;
    private readonly QueryExpander _expander;
    private readonly AttributeCandidates _attributes;
    private readonly ConcurrentBag<QueryScratch> _scratch = [];

    private MatchIndex(IndexData data, MatchOptions options)
    {
        _data = data;
        _options = options;
        _expander = new QueryExpander(data, options.PartSimilarityFloor);
        _attributes = AttributeCandidates.Build(data.Entries);
    }

    /// <summary>Number of entries (persons and organisations).</summary>
    public int EntryCount => _data.Entries.Length;

    /// <summary>Number of indexed name readings (primary names, aliases, and alternative readings of each).</summary>
    public int NameCount => _data.NameCount;

    /// <summary>Number of distinct name-part forms.</summary>
    public int FormCount => _data.FormCount;

    /// <summary>The entries, in the order given to <see cref="Build"/>.</summary>
    public IReadOnlyList<WatchlistEntry> Entries => _data.Entries;

    /// <summary>Builds an index. Names are parsed in parallel.</summary>
    public static MatchIndex Build(IEnumerable<WatchlistEntry> entries, MatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        options ??= new MatchOptions();
        var list = entries as IReadOnlyList<WatchlistEntry> ?? [.. entries];
        var index = new MatchIndex(IndexBuilder.Build(list, options, out var wordUnits), options);
        if (options.PrecomputeExpansions)
        {
            index._expander.Precompute(wordUnits, options.BuildParallelism);
        }
        return index;
    }

    /// <summary>Screens one name given as text.</summary>
    public IReadOnlyList<Candidate> Screen(string name, int top = 10, double threshold = 0) =>
        Screen(new ScreeningQuery(name), top, threshold);

    /// <summary>
    /// The best <paramref name="top"/> entries for a query with score ≥ <paramref name="threshold"/>,
    /// best first, each with an explanation.
    /// </summary>
    public IReadOnlyList<Candidate> Screen(ScreeningQuery query, int top = 10, double threshold = 0)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var t0 = Profiling.Start();
        var parsed = NameParser.Parse(query.Name ?? "", query.Kind);
        if (query.Kind == EntityKind.Unknown && parsed.Count > 0 && parsed[0].Kind == EntityKind.Organization)
        {
            // The parser read a legal form or an organisation word: score it as an organisation.
            query = query with { Kind = EntityKind.Organization };
        }
        var readings = QueryJoins.Add(parsed, _data);
        Profiling.Add(ref Profiling.Parse, t0);
        if (readings.Count == 0 || _data.NameCount == 0)
        {
            return [];
        }
        var scratch = Rent();
        try
        {
            var t1 = Profiling.Start();
            var plan = QueryPlan.Create(readings, _data, _expander, scratch);
            Profiling.Add(ref Profiling.Expand, t1);
            var t2 = Profiling.Start();
            var keep = Math.Max(_options.CandidatesScored, top * 3);
            var names = CandidateCollector.Collect(plan, _data, scratch, keep);
            Profiling.Count(ref Profiling.Touched, scratch.Table.Count);
            Profiling.Count(ref Profiling.Candidates, names.Count);
            scratch.Reset();
            Profiling.Add(ref Profiling.Collect, t2);
            var t3 = Profiling.Start();
            var ranked = Rank(plan, query, names, top, threshold, scratch);
            Profiling.Add(ref Profiling.Rank, t3);
            return ranked;
        }
        finally
        {
            _scratch.Add(scratch);
        }
    }

    /// <summary>Screens many queries in parallel; results are in the order of the queries.</summary>
    public IReadOnlyList<Candidate>[] ScreenMany(IReadOnlyList<ScreeningQuery> queries, int top = 10, double threshold = 0, int parallelism = 0)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var results = new IReadOnlyList<Candidate>[queries.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount };
        Parallel.For(0, queries.Count, options, i => results[i] = Screen(queries[i], top, threshold));
        return results;
    }

    /// <summary>Number of single-word units of the list expanded while building.</summary>
    internal int PrecomputedUnits => _expander.PrecomputedCount;

    /// <summary>Forgets the cached expansions of query parts (benchmarks: each round starts cold).</summary>
    internal void ClearCaches() => _expander.ClearCache();

    private QueryScratch Rent() => _scratch.TryTake(out var s) ? s : new QueryScratch(_data.FormCount);

    /// <summary>
    /// Entries with the query's date of birth (or its year and nationality) or document number that the names did not bring: scored by
    /// their best name (often zero: an unrelated alias) adjusted by that evidence.
    /// </summary>
    private void AddAttributeCandidates(QueryPlan plan, ScreeningQuery query, List<RankedName> ranked, QueryScratch scratch, FormSimTable sims)
    {
        var found = scratch.AttributeEntries;
        found.Clear();
        _attributes.Collect(query, found);
        foreach (var entryIndex in found)
        {
            if (ranked.Exists(r => r.Entry == entryIndex))
            {
                continue;
            }
            var first = FirstName(entryIndex);
            if (first < 0)
            {
                continue;
            }
            var (bestName, bestReading, bestN) = (0f, 0, first);
            for (var n = first; n < _data.NameCount && _data.NameEntry[n] == entryIndex; n++)
            {
                var (nameScore, r) = BestReading(plan, n, sims);
                if (nameScore > bestName)
                {
                    (bestName, bestReading, bestN) = (nameScore, r, n);
                }
            }
            ranked.Add(new RankedName(entryIndex, AttributeScorer.Apply(bestName, query, _data.Entries[entryIndex], null), bestName, bestN, bestReading));
        }
    }

    /// <summary>The best name score of a name over the query's readings, and that reading (-1 if none scores above 0).</summary>
    private (float Score, int Reading) BestReading(QueryPlan plan, int name, FormSimTable sims)
    {
        var best = 0f;
        var reading = -1;
        for (var r = 0; r < plan.Readings.Count; r++)
        {
            var score = NameScorer.Score(plan, r, _data, name, null, sims);
            if (score > best)
            {
                (best, reading) = (score, r);
            }
        }
        return (best, reading);
    }

    /// <summary>The first name reading of an entry (readings are stored entry by entry), or -1 if it has none.</summary>
    private int FirstName(int entryIndex)
    {
        var at = Array.BinarySearch(_data.NameEntry, entryIndex);
        if (at < 0)
        {
            return -1;
        }
        while (at > 0 && _data.NameEntry[at - 1] == entryIndex)
        {
            at--;
        }
        return at;
    }

    private List<Candidate> Rank(QueryPlan plan, ScreeningQuery query, List<int> names, int top, double threshold, QueryScratch scratch)
    {
        Prefetch.Names(_data, names);
        var sims = scratch.Sims;
        sims.Fill(plan);
        var plain = query.NameOnly;
        // Best reading and name per entry (a few dozen names: linear search).
        var ranked = scratch.Ranked;
        ranked.Clear();
        foreach (var n in names)
        {
            var entryIndex = _data.NameEntry[n];
            var (bestName, bestReading) = BestReading(plan, n, sims);
            if (bestReading < 0)
            {
                continue;
            }
            var score = plain ? Math.Clamp((double)bestName, 0, 1) : AttributeScorer.Apply(bestName, query, _data.Entries[entryIndex], null);
            var at = -1;
            for (var i = 0; i < ranked.Count; i++)
            {
                if (ranked[i].Entry == entryIndex)
                {
                    at = i;
                    break;
                }
            }
            if (at < 0)
            {
                ranked.Add(new RankedName(entryIndex, score, bestName, n, bestReading));
            }
            else if (score > ranked[at].Score)
            {
                ranked[at] = new RankedName(entryIndex, score, bestName, n, bestReading);
            }
        }
        if (!plain)
        {
            AddAttributeCandidates(plan, query, ranked, scratch, sims);
        }
        ranked.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Entry.CompareTo(b.Entry));
        var result = new List<Candidate>(Math.Min(top, ranked.Count));
        var data = _data;
        foreach (var (entryIndex, score, nameScore, name, reading) in ranked)
        {
            if (result.Count == top || score < threshold)
            {
                break;
            }
            var entry = _data.Entries[entryIndex];
            result.Add(new Candidate(entry, Math.Round(score, 4), entry.Names[_data.NameTextIndex[name]].Text, () =>
            {
                var checks = new List<AttributeCheck>();
                AttributeScorer.Apply(nameScore, query, entry, checks);
                return ExplanationBuilder.Build(plan, reading, data, name, nameScore, checks);
            }));
        }
        return result;
    }
}
