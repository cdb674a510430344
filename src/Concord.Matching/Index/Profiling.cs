using System.Diagnostics;

namespace Concord.Matching.Index;

/// <summary>Temporary per-stage timing (development only).</summary>
internal static class Profiling
{
    /// <summary>On only when CONCORD_PROFILE=1 (the JIT removes the disabled branches).</summary>
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("CONCORD_PROFILE") == "1";

    public static long Misses, Units, Parse, Expand, Collect, Rank, Candidates, Touched, ExpandCandidates, Postings, PairLookups, PairPostings;

    public static long Start() => Enabled ? Stopwatch.GetTimestamp() : 0;

    public static void Add(ref long counter, long start)
    {
        if (Enabled)
        {
            Interlocked.Add(ref counter, Stopwatch.GetTimestamp() - start);
        }
    }

    public static void Count(ref long counter, long value)
    {
        if (Enabled)
        {
            Interlocked.Add(ref counter, value);
        }
    }

    public static string Report(int queries)
    {
        double Ms(long t) => t * 1000.0 / Stopwatch.Frequency / queries;
        return $"per query: parse {Ms(Parse):0.000} ms, expand {Ms(Expand):0.000} ms, collect {Ms(Collect):0.000} ms, rank {Ms(Rank):0.000} ms; touched {Touched / (double)queries:0}, scored {Candidates / (double)queries:0}, expansion candidates {ExpandCandidates / (double)queries:0}, units {Units / (double)queries:0.0}, cache misses {Misses / (double)queries:0.00}, postings walked {Postings / (double)queries:0}, pair lookups {PairLookups / (double)queries:0.0}, pair postings {PairPostings / (double)queries:0}";
    }
}
