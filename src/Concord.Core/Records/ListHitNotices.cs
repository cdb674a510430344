using Concord.Core.Access;
using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Records;

/// <summary>Received: notices to the caller's organisation about its records. Sent: the caller's own restricted hits and their answers.</summary>
public sealed record HitNoticeQuery(bool Sent = false, string? Status = null, int PageSize = 50, int Skip = 0);

public sealed record HitNoticeRow(HitNotice Notice, string RecordDisplayName, string RecordKind);

public sealed record HitNoticePage(IReadOnlyList<HitNoticeRow> Rows, int? NextSkip, int Open);

/// <summary>The inbox of hit notices of the caller's organisation (or the notices the caller's searches caused).</summary>
public sealed class ListHitNotices(ConcordDbContext db)
{
    public async Task<Result<HitNoticePage>> ExecuteAsync(Caller caller, HitNoticeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        if (!caller.Subject.IsAuthenticated || !caller.Subject.Has(AccessPolicy.Operational))
        {
            return AccessErrors.Denied(AccessDecision.Deny("records-need-operational-role"));
        }
        if (query.PageSize is < 1 or > 500)
        {
            return new Error("page-size-out-of-range", "The page size must be between 1 and 500.", "pageSize");
        }
        if (query.Status is { Length: > 0 } s && !HitNoticeStatuses.All.Contains(s))
        {
            return new Error("hit-notice-status-invalid", "The status is new, seen, disclosed or declined.", "status");
        }
        var org = caller.Subject.OrganisationId;
        var user = caller.Subject.UserId;
        var notices = query.Sent
            ? db.HitNotices.AsNoTracking().Where(n => n.SearcherUserId == user)
            : db.HitNotices.AsNoTracking().Where(n => n.OwnerOrganisationId == org && org != "");
        var open = await notices.CountAsync(n => n.Status == HitNoticeStatuses.New || n.Status == HitNoticeStatuses.Seen, cancellationToken);
        if (query.Status is { Length: > 0 } status)
        {
            notices = notices.Where(n => n.Status == status);
        }
        // Version 7 ids sort by creation time.
        var page = await notices.OrderByDescending(n => n.Id).Skip(Math.Max(0, query.Skip)).Take(query.PageSize + 1)
            .Join(db.Records, n => n.RecordId, r => r.Id, (n, r) => new { n, r.DisplayName, r.Kind })
            .OrderByDescending(x => x.n.Id)
            .ToListAsync(cancellationToken);
        // The searcher learns nothing of the record from its own notices until the owner answers.
        var rows = page.Take(query.PageSize)
            .Select(x => new HitNoticeRow(x.n, query.Sent ? "" : x.DisplayName, query.Sent ? "" : x.Kind))
            .ToList();
        int? next = page.Count > query.PageSize ? Math.Max(0, query.Skip) + query.PageSize : null;
        return new HitNoticePage(rows, next, open);
    }
}
