namespace Concord.Matching;

/// <summary>Settings of the matcher. The defaults are the ones measured in docs/benchmarks.md.</summary>
public sealed record MatchOptions
{
    /// <summary>
    /// Score from which a candidate counts as an alert (needs review). Chosen so that at most 1% of
    /// names that are not on the list alert while recall stays high; see docs/adr/0003-name-matching.md.
    /// </summary>
    public const double DefaultAlertThreshold = 0.80;

    /// <summary>Names sharing a word with fewer index entries than this are scanned directly; more common words are reached through word pairs.</summary>
    public int CommonWordThreshold { get; init; } = 2000;

    /// <summary>How many candidate names are scored in full per query (at least the number asked for).</summary>
    public int CandidatesScored { get; init; } = 48;

    /// <summary>Lowest similarity at which two name parts count as related during candidate search.</summary>
    public float PartSimilarityFloor { get; init; } = 0.55f;

    /// <summary>
    /// Find the related vocabulary forms of every word of the list while building (instead of at the
    /// first query that has it): a longer build and a few dozen bytes per word for faster queries.
    /// </summary>
    public bool PrecomputeExpansions { get; init; } = true;

    /// <summary>Index build parallelism (0: all cores).</summary>
    public int BuildParallelism { get; init; }
}
