using System.Globalization;
using Concord.Core.Access;
using Concord.Core.Audit;
using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Records.Imports;

/// <summary>
/// Writes what a parser read, all or nothing: every item is checked against the record rules first (errors name the
/// line or JSON path), then everything is written in one transaction. Records are matched to earlier imports by owner,
/// origin and external id, so an import can be run again: changed records get a new version, unchanged ones only a new
/// review date, and (for lists such as the UN list) records no longer in the file are withdrawn.
/// </summary>
public sealed class RecordImporter(ConcordDbContext db, AccessGate gate, RecordChanges changes)
{
    private const int Batch = 500;

    public async Task<Result<ImportOutcome>> ExecuteAsync(Caller caller, string owner, string origin, ParsedFile file,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(file);
        var resource = new Resource.RecordImport(owner);
        var decision = AccessPolicy.Decide(caller.Subject, AccessAction.Import, resource);
        if (!decision.Allowed)
        {
            gate.Decide(caller, AccessAction.Import, resource, origin);
            await db.SaveChangesAsync(cancellationToken);
            return AccessErrors.Denied(decision);
        }
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == owner, cancellationToken);
        if (organisation is null || !organisation.CanHaveUsers)
        {
            return ImportErrors.UnknownOwner(owner);
        }
        if (file.Items.Count == 0)
        {
            return ImportErrors.Empty;
        }

        // 1. Check everything before writing anything.
        var today = RecordStore.Today(db.Time);
        var valid = new List<(ImportItem Item, ValidDraft Draft)>(file.Items.Count);
        var errors = new List<Error>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < file.Items.Count; i++)
        {
            var item = file.Items[i];
            var result = RecordRules.Validate(item.Draft, today);
            if (!result.IsSuccess)
            {
                foreach (var e in result.Errors)
                {
                    errors.Add(ImportErrors.At(item.Location + (e.Field is null ? "" : " (" + e.Field + ")"), e.Message, e.Code));
                }
            }
            else
            {
                var externalId = result.Value.Draft.ExternalId;
                if (externalId.Length > 0 && !seen.TryAdd(externalId, item.Location))
                {
                    errors.Add(ImportErrors.At(item.Location, $"the id {RecordStore.Clip(externalId, 60)} appears twice (first at {seen[externalId]})", "import-duplicate-id"));
                }
                valid.Add((item, result.Value));
            }
            if (errors.Count >= 200)
            {
                errors.Add(new Error("import-too-many-errors", "More than 200 errors; the rest of the file was not checked."));
                break;
            }
            if (i % 200 == 0)
            {
                progress?.Report(new ImportProgress("checking", i, file.Items.Count));
            }
        }
        if (errors.Count > 0)
        {
            return Result<ImportOutcome>.Failure(errors);
        }

        // 2. Write in one transaction.
        var now = db.Time.GetUtcNow();
        var existing = await db.Records.Where(r => r.OwnerOrganisationId == owner && r.Origin == origin && r.ExternalId != "")
            .ToDictionaryAsync(r => r.ExternalId, StringComparer.Ordinal, cancellationToken);
        // Ids the file asks for (STIX record_id) that are already taken, read once rather than per item.
        var preferredIds = valid.Select(v => v.Item.PreferredId).OfType<string>().Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var takenIds = preferredIds.Count == 0
            ? new HashSet<string>(StringComparer.Ordinal)
            : (await db.Records.AsNoTracking().Where(r => preferredIds.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var touched = new List<Record>();
        int created = 0, updated = 0, unchanged = 0, withdrawn = 0, restored = 0;
        var active = RecordCodes.Of(RecordStatus.Active);
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        gate.Decide(caller, AccessAction.Import, resource, origin + ": " + RecordStore.Clip(file.Description, 900));
        var done = 0;
        foreach (var (item, draft) in valid)
        {
            var externalId = draft.Draft.ExternalId;
            if (externalId.Length > 0 && existing.TryGetValue(externalId, out var record) && record.Status != RecordCodes.Of(RecordStatus.Deleted))
            {
                existing.Remove(externalId);
                var hash = RecordStore.ContentHash(draft.Draft);
                var wasActive = record.Status == active;
                if (hash == record.ContentHash && wasActive)
                {
                    // The entry is still in the file: the import is its review. The date moves (as a version) only
                    // when it gains at least a month, so that daily re-imports do not fill the history.
                    if (record.ReviewDate.AddDays(30) < draft.ReviewDate)
                    {
                        record.ReviewDate = draft.ReviewDate;
                        record.ReviewFlaggedAt = null;
                        record.SuspendedAt = null;
                        record.Version++;
                        record.UpdatedAt = now;
                        db.RecordVersions.Add(RecordStore.Version(record, caller, "renewed", "still in the imported file: " + item.Location, now, RecordStore.ToDraft(record)));
                        touched.Add(record);
                    }
                    unchanged++;
                }
                else
                {
                    RecordStore.Apply(record, draft);
                    record.Status = active;
                    record.Version++;
                    record.UpdatedAt = now;
                    record.UpdatedBy = RecordStore.Clip(caller.Actor.Name, 256);
                    record.ReviewFlaggedAt = null;
                    record.SuspendedAt = null;
                    var change = wasActive ? "reimported" : "restored";
                    db.RecordVersions.Add(RecordStore.Version(record, caller, change, "import: " + item.Location, now, draft.Draft));
                    db.Audit(new AuditEvent(caller.Actor, "record.import", "record:" + record.Id, AuditEvent.Success + ":" + change, origin, caller.Client));
                    touched.Add(record);
                    if (wasActive)
                    {
                        updated++;
                    }
                    else
                    {
                        restored++;
                    }
                }
            }
            else
            {
                var fresh = new Record
                {
                    Id = item.PreferredId is { Length: > 0 } preferred && takenIds.Add(preferred)
                        ? preferred
                        : RecordStore.NewId(organisation.StateCode, null),
                    Status = active,
                    Version = 1,
                    OwnerOrganisationId = owner,
                    OwnerStateCode = organisation.StateCode,
                    Origin = origin,
                    CreatedAt = now,
                    CreatedBy = RecordStore.Clip(caller.Actor.Name, 256),
                    UpdatedAt = now,
                    UpdatedBy = RecordStore.Clip(caller.Actor.Name, 256),
                };
                RecordStore.Apply(fresh, draft);
                db.Records.Add(fresh);
                db.RecordVersions.Add(RecordStore.Version(fresh, caller, "imported", "import: " + item.Location, now, draft.Draft));
                db.Audit(new AuditEvent(caller.Actor, "record.import", "record:" + fresh.Id, AuditEvent.Success + ":created", origin, caller.Client));
                touched.Add(fresh);
                created++;
            }
            if (++done % Batch == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                progress?.Report(new ImportProgress("writing", done, valid.Count));
            }
        }
        if (file.WithdrawMissing)
        {
            foreach (var record in existing.Values.Where(r => r.Status == active))
            {
                record.Status = RecordCodes.Of(RecordStatus.Withdrawn);
                record.Version++;
                record.UpdatedAt = now;
                record.UpdatedBy = RecordStore.Clip(caller.Actor.Name, 256);
                record.StatusReason = "no longer in the imported list (delisted)";
                db.RecordVersions.Add(RecordStore.Version(record, caller, "delisted", record.StatusReason, now, RecordStore.ToDraft(record)));
                db.Audit(new AuditEvent(caller.Actor, "record.import", "record:" + record.Id, AuditEvent.Success + ":delisted", origin, caller.Client));
                touched.Add(record);
                withdrawn++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        progress?.Report(new ImportProgress("indexing", valid.Count, valid.Count));
        await changes.CommittedAsync(touched, cancellationToken);
        progress?.Report(new ImportProgress("done", valid.Count, valid.Count));
        return new ImportOutcome(created, updated, unchanged, withdrawn, restored, owner,
            file.Description + " (" + valid.Count.ToString(CultureInfo.InvariantCulture) + " records)");
    }
}
