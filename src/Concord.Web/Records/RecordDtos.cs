using Concord.Core.Records;
using Concord.Core.Records.Imports;
using Concord.Matching.Scoring;

namespace Concord.Web.Records;

/// <summary>The shapes of the records API. DTOs, never entities.</summary>
public static class RecordDtos
{
    public sealed record VersionDto(int Version, DateTimeOffset ChangedAt, string Actor, string Organisation, string Change, string Reason, string Status, RecordDraft? Snapshot);

    public sealed record RecordDto(
        string Id, string Kind, string Status, int Version, string Owner, string? OwnerState,
        string HandlingCode, string HandlingConditions, string Evaluation, string Source,
        string Distribution, IReadOnlyList<string> DistributionStates,
        string LegalBasis, string LegalReference, string Purpose, string ReviewDate, bool PastReview,
        string Origin, string ExternalId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string StatusReason,
        RecordDetails Details, IReadOnlyList<VersionDto> History);

    public sealed record UpdateInput(int Version, string Reason, RecordDraft Record);

    public sealed record ReasonInput(string Reason);

    public sealed record RenewInput(string ReviewDate, string Reason);

    public sealed record SearchInput(string Purpose, string? Name, string? Organisation, string? BirthDate, string? DocumentNumber, string? Nationality, string? UrlOrHash, string? Kind, int? Top);

    public sealed record PartDto(string Query, string Record, double Similarity, string How);

    public sealed record AttributeDto(string Attribute, string Outcome, string Detail, double Effect);

    public sealed record ExplanationDto(double NameScore, string Summary, IReadOnlyList<PartDto> Parts, IReadOnlyList<string> UnmatchedQueryParts, IReadOnlyList<string> UnmatchedRecordParts, IReadOnlyList<AttributeDto> Attributes);

    public sealed record HitDto(
        string Id, string Kind, string Name, double Score, string MatchedName, string MatchedBy, ExplanationDto? Explanation,
        string Owner, string? OwnerState, string HandlingCode, string HandlingConditions, string Evaluation, string Distribution,
        IReadOnlyList<string> BirthDates, IReadOnlyList<string> Nationalities, string RequestedAction, string LegalBasis, bool ReviewDue);

    public sealed record RestrictedDto(string Reference, string Owner, Guid Notice, string Message);

    public sealed record SearchResultDto(string Purpose, IReadOnlyList<HitDto> Hits, IReadOnlyList<RestrictedDto> Restricted);

    public sealed record HitNoticeDto(
        Guid Id, string Record, string? RecordName, string Owner, string Searcher, string SearcherOrganisation, string? SearcherState,
        DateTimeOffset CreatedAt, string Purpose, string Query, double? Score, string Status, DateTimeOffset? DecidedAt, string DecidedBy, string Decision);

    public sealed record HitNoticePageDto(IReadOnlyList<HitNoticeDto> Items, int Open, int? NextSkip);

    public sealed record DecisionInput(string Status, string? Text);

    public sealed record OwnRecordDto(string Id, string Kind, string Name, string Status, string HandlingCode, string Distribution, string ReviewDate, bool ReviewDue, string Origin, int Version);

    public sealed record OwnRecordsDto(IReadOnlyList<OwnRecordDto> Items, int Total, int ReviewDue, int? NextSkip);

    public sealed record ImportResultDto(int Created, int Updated, int Unchanged, int Withdrawn, int Restored, string Owner, string Description);

    public const string RestrictedMessage = "hit — contact the owner";

    public static RecordDto ToDto(Record r, bool pastReview, IReadOnlyList<VersionView> history) => new(
        r.Id, r.Kind, r.Status, r.Version, r.OwnerOrganisationId, r.OwnerStateCode, r.HandlingCode, r.HandlingConditions, r.Evaluation, r.Source,
        r.Distribution, RecordStore.States(r), r.LegalBasis, r.LegalReference, r.Purpose,
        r.ReviewDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), pastReview,
        r.Origin, r.ExternalId, r.CreatedAt, r.UpdatedAt, r.StatusReason, RecordStore.ReadDetails(r),
        [.. history.Select(v => new VersionDto(v.Version, v.ChangedAt, v.ActorName, v.OrganisationId, v.Change, v.Reason, v.Status, v.Snapshot))]);

    public static ExplanationDto? ToDto(Explanation? e) => e is null ? null : new(
        e.NameScore, e.Summary,
        [.. e.Parts.Select(p => new PartDto(p.QueryPart, p.RecordPart, p.Similarity, p.How))],
        e.UnmatchedQueryParts, e.UnmatchedRecordParts,
        [.. e.Attributes.Select(a => new AttributeDto(a.Attribute, a.Outcome.ToString().ToLowerInvariant(), a.Detail, a.Effect))]);

    public static SearchResultDto ToDto(RecordSearchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new SearchResultDto(result.Purpose,
            [.. result.Hits.Select(h => new HitDto(h.Record.Id, RecordCodes.Of(h.Record.Kind), h.Record.Details.DisplayName, h.Score, h.MatchedName, h.How, ToDto(h.Explanation),
                h.Record.OwnerOrganisationId, h.Record.OwnerStateCode, h.Record.Handling.ToString(), h.Record.HandlingConditions, h.Record.Evaluation,
                RecordCodes.Of(h.Record.Distribution), h.Record.Details.BirthDates, h.Record.Details.Nationalities, h.Record.Details.RequestedAction,
                h.Record.LegalBasis, h.ReviewDue))],
            [.. result.Restricted.Select(r => new RestrictedDto(r.Reference, r.OwnerOrganisationId, r.NoticeId, RestrictedMessage))]);
    }

    public static HitNoticeDto ToDto(HitNoticeRow row, bool sent)
    {
        ArgumentNullException.ThrowIfNull(row);
        var n = row.Notice;
        return new HitNoticeDto(n.Id, n.RecordId, sent ? null : row.RecordDisplayName, n.OwnerOrganisationId, n.SearcherName, n.SearcherOrganisationId, n.SearcherStateCode,
            n.CreatedAt, n.Purpose, n.Query, sent ? null : n.Score, n.Status, n.DecidedAt, n.DecidedBy, n.Decision);
    }

    public static ImportResultDto ToDto(ImportOutcome o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(o.Created, o.Updated, o.Unchanged, o.Withdrawn, o.Restored, o.Owner, o.Description);
    }
}
