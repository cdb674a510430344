namespace Concord.Core.Records;

/// <summary>
/// A record of the RATS database: owned by one organisation (and its state), carrying a handling code, an evaluation,
/// a distribution, a legal basis and a review date. Only the owner changes it; every change makes a version.
/// </summary>
public sealed class Record
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Status { get; set; } = "active";
    public int Version { get; set; }
    public string OwnerOrganisationId { get; set; } = "";
    public string? OwnerStateCode { get; set; }
    public string HandlingCode { get; set; } = "H0";
    public string HandlingConditions { get; set; } = "";
    public string Evaluation { get; set; } = "";
    public string Source { get; set; } = "";
    public string Distribution { get; set; } = "all-members";
    /// <summary>Comma-separated ISO codes for listed-states.</summary>
    public string DistributionStates { get; set; } = "";
    public string LegalBasis { get; set; } = "";
    public string LegalReference { get; set; } = "";
    public string Purpose { get; set; } = "";
    public DateOnly ReviewDate { get; set; }
    /// <summary>When the review job told the owner the review date had passed.</summary>
    public DateTimeOffset? ReviewFlaggedAt { get; set; }
    /// <summary>When the record left search results because the grace period after its review date ended.</summary>
    public DateTimeOffset? SuspendedAt { get; set; }
    public string Origin { get; set; } = RecordOrigins.Manual;
    public string ExternalId { get; set; } = "";
    /// <summary>The primary name, for lists (erased on deletion).</summary>
    public string DisplayName { get; set; } = "";
    /// <summary>The <see cref="RecordDetails"/> as JSON (erased on deletion).</summary>
    public string Details { get; set; } = "{}";
    /// <summary>SHA-256 of the draft, so that re-imports recognise unchanged records.</summary>
    public string ContentHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public string StatusReason { get; set; } = "";
}

/// <summary>One version of a record: who changed it, when, how and why, and the record as it then was.</summary>
public sealed class RecordVersion
{
    public long Id { get; set; }
    public string RecordId { get; set; } = "";
    public int Version { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    public string OrganisationId { get; set; } = "";
    /// <summary>created, updated, withdrawn, renewed, restored, deleted, imported, reimported, delisted.</summary>
    public string Change { get; set; } = "";
    public string Reason { get; set; } = "";
    public string Status { get; set; } = "active";
    /// <summary>The <see cref="RecordDraft"/> as JSON (erased when the record is deleted).</summary>
    public string Snapshot { get; set; } = "{}";
}

/// <summary>The statuses of a hit notice.</summary>
public static class HitNoticeStatuses
{
    public const string New = "new";
    public const string Seen = "seen";
    public const string Disclosed = "disclosed";
    public const string Declined = "declined";

    public static readonly IReadOnlyList<string> All = [New, Seen, Disclosed, Declined];
}

/// <summary>
/// Told to the owner organisation when someone's search matched a record they may not see: who searched, when,
/// for what stated purpose and with what query. The owner decides what to disclose.
/// </summary>
public sealed class HitNotice
{
    public Guid Id { get; set; }
    public string RecordId { get; set; } = "";
    public string OwnerOrganisationId { get; set; } = "";
    public string SearcherUserId { get; set; } = "";
    public string SearcherName { get; set; } = "";
    public string SearcherOrganisationId { get; set; } = "";
    public string? SearcherStateCode { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string Purpose { get; set; } = "";
    /// <summary>What was searched (name, date of birth, document), so that the owner can judge the match.</summary>
    public string Query { get; set; } = "";
    public double Score { get; set; }
    public string Status { get; set; } = HitNoticeStatuses.New;
    public DateTimeOffset? DecidedAt { get; set; }
    public string DecidedBy { get; set; } = "";
    /// <summary>What the owner discloses to the searcher (or why not).</summary>
    public string Decision { get; set; } = "";
}
