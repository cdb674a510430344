using Concord.Matching.Model;

namespace Concord.Matching.Scoring;

/// <summary>A watch-list entry found for a query, with its score in [0, 1] and why.</summary>
public sealed class Candidate
{
    private readonly Lazy<Explanation> _explanation;

    public Candidate(WatchlistEntry entry, double score, string matchedName, Explanation explanation)
        : this(entry, score, matchedName, () => explanation)
    {
    }

    /// <summary>The explanation is worked out on first use (bulk screening that writes only scores never pays for it).</summary>
    internal Candidate(WatchlistEntry entry, double score, string matchedName, Func<Explanation> explain)
    {
        Entry = entry;
        Score = score;
        MatchedName = matchedName;
        _explanation = new Lazy<Explanation>(explain, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The entry.</summary>
    public WatchlistEntry Entry { get; }

    /// <summary>Overall score in [0, 1]: name similarity adjusted by date of birth, nationality, document and type evidence.</summary>
    public double Score { get; }

    /// <summary>The name of the entry that matched best (primary, alias or original-script name).</summary>
    public string MatchedName { get; }

    /// <summary>Which part of the query matched which part of the name, and how; the attribute evidence.</summary>
    public Explanation Explanation => _explanation.Value;

    public override string ToString() => $"{Entry.Id} {MatchedName} {Score:0.000}";
}

/// <summary>Why a candidate scored as it did.</summary>
/// <param name="NameScore">Similarity of the names alone, in [0, 1].</param>
/// <param name="Parts">Pairs of matched parts, best first.</param>
/// <param name="UnmatchedQueryParts">Parts of the query name with no counterpart in the record.</param>
/// <param name="UnmatchedRecordParts">Parts of the record name with no counterpart in the query.</param>
/// <param name="Attributes">Date of birth, nationality, document and type evidence.</param>
public sealed record Explanation(
    double NameScore,
    IReadOnlyList<PartMatch> Parts,
    IReadOnlyList<string> UnmatchedQueryParts,
    IReadOnlyList<string> UnmatchedRecordParts,
    IReadOnlyList<AttributeCheck> Attributes)
{
    /// <summary>One line for people: "Mukhammad ↔ Muhammad (transliteration variant, 0.93); born 1971: agrees".</summary>
    public string Summary =>
        string.Join("; ", Parts.Select(p => p.ToString()).Concat(Attributes.Where(a => a.Outcome != AttributeOutcome.NotCompared).Select(a => a.ToString())));
}

/// <summary>A part of the query name and the part of the record name it matched.</summary>
/// <param name="QueryPart">As written in the query.</param>
/// <param name="RecordPart">As written in the record.</param>
/// <param name="Similarity">In [0, 1].</param>
/// <param name="How">How they were compared (e.g. "exact", "spelling variant", "Cyrillic → Latin", "legal form LLC").</param>
public sealed record PartMatch(string QueryPart, string RecordPart, double Similarity, string How)
{
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{QueryPart} ↔ {RecordPart} ({How}, {Similarity:0.00})");
}

/// <summary>Outcome of comparing one attribute of the query with the record.</summary>
public enum AttributeOutcome
{
    NotCompared,
    Agrees,
    PartlyAgrees,
    Conflicts,
}

/// <summary>Evidence from an attribute other than the name.</summary>
/// <param name="Attribute">"birth_date", "nationality", "document", "type".</param>
/// <param name="Outcome">Agreement or conflict.</param>
/// <param name="Detail">What was compared, in words.</param>
/// <param name="Effect">Change of the score this evidence caused (positive or negative).</param>
public sealed record AttributeCheck(string Attribute, AttributeOutcome Outcome, string Detail, double Effect)
{
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Attribute} {Detail}: {Outcome.ToString().ToLowerInvariant()} ({Effect:+0.00;-0.00})");
}
