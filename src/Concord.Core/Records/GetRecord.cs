using Concord.Core.Access;
using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Core.Records;

/// <summary>A version as a reader sees it: who, when, what kind of change and why; the content only for the owner.</summary>
public sealed record VersionView(int Version, DateTimeOffset ChangedAt, string ActorName, string OrganisationId, string Change, string Reason, string Status, RecordDraft? Snapshot);

/// <summary>A record as the caller may see it.</summary>
public sealed record RecordView(Record Record, RecordDraft Draft, bool IsOwner, bool PastReview, IReadOnlyList<VersionView> History, int OpenHitNotices);

/// <summary>Reads one record in full. The access policy decides; the read is audited with its purpose before it is answered.</summary>
public sealed class GetRecord(ConcordDbContext db, AccessGate gate, IOptions<RecordsOptions> options)
{
    public async Task<Result<RecordView>> ExecuteAsync(Caller caller, string id, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var record = await db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return RecordErrors.NotFound;
        }
        var today = RecordStore.Today(db.Time);
        var resource = RecordStore.Resource(record, today, options.Value.ReviewGraceDays);
        var decision = await gate.CheckAsync(caller, AccessAction.Read, resource, RecordStore.Clip(purpose?.Trim(), 1000), cancellationToken);
        if (!decision.Allowed)
        {
            return AccessErrors.Denied(decision);
        }
        var owner = caller.Subject.OrganisationId == record.OwnerOrganisationId;
        var versions = await db.RecordVersions.AsNoTracking().Where(v => v.RecordId == id).OrderByDescending(v => v.Version).ToListAsync(cancellationToken);
        var history = versions.Select(v => new VersionView(v.Version, v.ChangedAt, v.ActorName, v.OrganisationId, v.Change, v.Reason, v.Status,
            owner ? RecordStore.ReadSnapshot(v.Snapshot) : null)).ToList();
        var open = owner
            ? await db.HitNotices.CountAsync(n => n.RecordId == id && (n.Status == HitNoticeStatuses.New || n.Status == HitNoticeStatuses.Seen), cancellationToken)
            : 0;
        return new RecordView(record, RecordStore.ToDraft(record), owner, resource.PastReview, history, open);
    }
}
