using Concord.Core.Access;
using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Core.Records;

/// <summary>
/// What withdrawing, renewing and deleting share: the record is loaded, only its owner organisation may act, a reason
/// is required, a version is written with the audit entry in the same transaction, and the index follows.
/// </summary>
public sealed class RecordOwnerAction(ConcordDbContext db, AccessGate gate, RecordChanges changes, IOptions<RecordsOptions> options)
{
    public ConcordDbContext Db => db;

    public async Task<Result<Record>> ExecuteAsync(Caller caller, string id, string reason, AccessAction action,
        Func<Record, Result<string>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(change);
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > RecordRules.MaxText)
        {
            return RecordErrors.ReasonRequired;
        }
        var record = await db.Records.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null || record.Status == RecordCodes.Of(RecordStatus.Deleted))
        {
            return RecordErrors.NotFound;
        }
        var today = RecordStore.Today(db.Time);
        var resource = RecordStore.Resource(record, today, options.Value.ReviewGraceDays);
        var decision = AccessPolicy.Decide(caller.Subject, action, resource);
        if (!decision.Allowed)
        {
            gate.Decide(caller, action, resource, reason.Trim());
            await db.SaveChangesAsync(cancellationToken);
            return AccessErrors.Denied(decision);
        }
        var outcome = change(record);
        if (!outcome.IsSuccess)
        {
            return Result<Record>.Failure(outcome.Errors);
        }
        // Audited with the change, in its transaction.
        gate.Decide(caller, action, resource, reason.Trim());
        var now = db.Time.GetUtcNow();
        record.Version++;
        record.UpdatedAt = now;
        record.UpdatedBy = RecordStore.Clip(caller.Actor.Name, 256);
        record.StatusReason = RecordStore.Clip(reason.Trim(), 1000);
        var deleted = record.Status == RecordCodes.Of(RecordStatus.Deleted);
        if (deleted)
        {
            // Erased in the same transaction as the deletion: no earlier version keeps the content.
            foreach (var old in await db.RecordVersions.Where(v => v.RecordId == record.Id).ToListAsync(cancellationToken))
            {
                old.Snapshot = "{}";
            }
        }
        db.RecordVersions.Add(RecordStore.Version(record, caller, outcome.Value, reason.Trim(), now, deleted ? null : RecordStore.ToDraft(record)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RecordErrors.VersionConflict;
        }
        await changes.CommittedAsync([record], cancellationToken);
        return record;
    }
}
