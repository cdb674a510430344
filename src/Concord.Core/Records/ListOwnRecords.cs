using Concord.Core.Access;
using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Records;

public sealed record OwnRecordsQuery(string? Status = null, bool ReviewDueOnly = false, int Skip = 0, int PageSize = 50);

public sealed record OwnRecordRow(string Id, string Kind, string DisplayName, string Status, string HandlingCode, string Distribution, DateOnly ReviewDate, bool ReviewDue, string Origin, int Version);

public sealed record OwnRecordsPage(IReadOnlyList<OwnRecordRow> Rows, int? NextSkip, int Total, int ReviewDue);

/// <summary>The records of the caller's own organisation (the owner's register), with those due for review.</summary>
public sealed class ListOwnRecords(ConcordDbContext db)
{
    public async Task<Result<OwnRecordsPage>> ExecuteAsync(Caller caller, OwnRecordsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        if (!caller.Subject.IsAuthenticated || !caller.Subject.Has(AccessPolicy.Operational) || caller.Subject.OrganisationId.Length == 0)
        {
            return AccessErrors.Denied(AccessDecision.Deny("records-need-operational-role"));
        }
        if (query.PageSize is < 1 or > 500)
        {
            return new Error("page-size-out-of-range", "The page size must be between 1 and 500.", "pageSize");
        }
        var org = caller.Subject.OrganisationId;
        var today = RecordStore.Today(db.Time);
        var deleted = RecordCodes.Of(RecordStatus.Deleted);
        var active = RecordCodes.Of(RecordStatus.Active);
        var rows = db.Records.AsNoTracking().Where(r => r.OwnerOrganisationId == org && r.Status != deleted);
        if (query.Status is { Length: > 0 } status)
        {
            rows = rows.Where(r => r.Status == status);
        }
        if (query.ReviewDueOnly)
        {
            rows = rows.Where(r => r.Status == active && r.ReviewDate <= today);
        }
        var total = await rows.CountAsync(cancellationToken);
        var due = await db.Records.AsNoTracking().CountAsync(r => r.OwnerOrganisationId == org && r.Status == active && r.ReviewDate <= today, cancellationToken);
        var page = await rows.OrderBy(r => r.Id).Skip(Math.Max(0, query.Skip)).Take(query.PageSize + 1)
            .Select(r => new OwnRecordRow(r.Id, r.Kind, r.DisplayName, r.Status, r.HandlingCode, r.Distribution, r.ReviewDate, r.Status == active && r.ReviewDate <= today, r.Origin, r.Version))
            .ToListAsync(cancellationToken);
        int? next = page.Count > query.PageSize ? Math.Max(0, query.Skip) + query.PageSize : null;
        return new OwnRecordsPage([.. page.Take(query.PageSize)], next, total, due);
    }
}
