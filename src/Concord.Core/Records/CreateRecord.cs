using Concord.Core.Access;
using Concord.Core.Data;
using Microsoft.Extensions.Options;

namespace Concord.Core.Records;

/// <summary>Creates a record owned by the caller's organisation. The first version is kept; the search index sees it at once.</summary>
public sealed class CreateRecord(ConcordDbContext db, AccessGate gate, RecordChanges changes, IOptions<RecordsOptions> options)
{
    public async Task<Result<Record>> ExecuteAsync(Caller caller, RecordDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(draft);
        var today = RecordStore.Today(db.Time);
        var valid = RecordRules.Validate(draft, today);
        if (!valid.IsSuccess)
        {
            return Result<Record>.Failure(valid.Errors);
        }
        var links = await RecordChanges.CheckLinksAsync(db, valid.Value.Draft.Details, cancellationToken);
        if (links.Count > 0)
        {
            return Result<Record>.Failure(links);
        }
        var now = db.Time.GetUtcNow();
        var record = new Record
        {
            Id = RecordStore.NewId(caller.Subject.StateCode),
            Status = RecordCodes.Of(RecordStatus.Active),
            Version = 1,
            OwnerOrganisationId = caller.Subject.OrganisationId,
            OwnerStateCode = caller.Subject.StateCode,
            Origin = RecordOrigins.Manual,
            CreatedAt = now,
            CreatedBy = RecordStore.Clip(caller.Actor.Name, 256),
            UpdatedAt = now,
            UpdatedBy = RecordStore.Clip(caller.Actor.Name, 256),
        };
        RecordStore.Apply(record, valid.Value);
        var decision = gate.Decide(caller, AccessAction.Create, RecordStore.Resource(record, today, options.Value.ReviewGraceDays), valid.Value.Draft.Purpose);
        if (!decision.Allowed)
        {
            // The refusal is audited on its own.
            await db.SaveChangesAsync(cancellationToken);
            return AccessErrors.Denied(decision);
        }
        db.Records.Add(record);
        db.RecordVersions.Add(RecordStore.Version(record, caller, "created", "", now, valid.Value.Draft));
        await db.SaveChangesAsync(cancellationToken);
        await changes.CommittedAsync([record], cancellationToken);
        return record;
    }
}
