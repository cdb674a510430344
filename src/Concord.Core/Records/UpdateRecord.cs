using Concord.Core.Access;
using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Core.Records;

/// <summary>The owner changes a record: a new version with the reason; stale edits (another version in between) are refused.</summary>
public sealed class UpdateRecord(ConcordDbContext db, AccessGate gate, RecordChanges changes, IOptions<RecordsOptions> options)
{
    public async Task<Result<Record>> ExecuteAsync(Caller caller, string id, int expectedVersion, RecordDraft draft, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(draft);
        var record = await db.Records.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null || record.Status == RecordCodes.Of(RecordStatus.Deleted))
        {
            return RecordErrors.NotFound;
        }
        var today = RecordStore.Today(db.Time);
        var resource = RecordStore.Resource(record, today, options.Value.ReviewGraceDays);
        var decision = AccessPolicy.Decide(caller.Subject, AccessAction.Update, resource);
        if (!decision.Allowed)
        {
            gate.Decide(caller, AccessAction.Update, resource, reason ?? "");
            await db.SaveChangesAsync(cancellationToken);
            return AccessErrors.Denied(decision);
        }
        if (record.Version != expectedVersion)
        {
            return RecordErrors.VersionConflict;
        }
        if (record.Status != RecordCodes.Of(RecordStatus.Active))
        {
            return RecordErrors.NotActive;
        }
        // Keeping a review date that has passed is allowed here; moving it is what renewing is for.
        var keepsReviewDate = string.Equals(draft.ReviewDate?.Trim(), record.ReviewDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var valid = RecordRules.Validate(draft with { ExternalId = record.ExternalId }, today, reviewDateMayBePast: keepsReviewDate);
        if (!valid.IsSuccess)
        {
            return Result<Record>.Failure(valid.Errors);
        }
        if (RecordCodes.Of(valid.Value.Kind) != record.Kind)
        {
            return RecordErrors.Invalid("record-kind-fixed", "The kind of a record cannot change; create a new record instead.", "kind");
        }
        var links = await RecordChanges.CheckLinksAsync(db, valid.Value.Draft.Details, cancellationToken);
        if (links.Count > 0)
        {
            return Result<Record>.Failure(links);
        }
        var now = db.Time.GetUtcNow();
        gate.Decide(caller, AccessAction.Update, resource, reason ?? "");
        RecordStore.Apply(record, valid.Value);
        record.Version++;
        record.UpdatedAt = now;
        record.UpdatedBy = RecordStore.Clip(caller.Actor.Name, 256);
        db.RecordVersions.Add(RecordStore.Version(record, caller, "updated", reason ?? "", now, valid.Value.Draft));
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
