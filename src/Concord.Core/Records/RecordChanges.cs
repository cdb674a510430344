using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Records;

/// <summary>After a change is committed: brings the node's search index up to date and tells the sinks.</summary>
public sealed class RecordChanges(RecordSearchIndex index)
{
    public Task CommittedAsync(IEnumerable<Record> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var upserts = new List<IndexedRecord>();
        var removals = new List<string>();
        foreach (var r in records)
        {
            if (r.Status == RecordCodes.Of(RecordStatus.Active))
            {
                upserts.Add(IndexedRecord.From(r));
            }
            else
            {
                removals.Add(r.Id);
            }
        }
        return index.ApplyAsync(upserts, removals, cancellationToken);
    }

    /// <summary>Checks that incident links point to existing records.</summary>
    public static async Task<List<Error>> CheckLinksAsync(ConcordDbContext db, RecordDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(details);
        var errors = new List<Error>();
        if (details.LinkedRecords.Count == 0)
        {
            return errors;
        }
        var ids = details.LinkedRecords.ToList();
        var known = await db.Records.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < ids.Count; i++)
        {
            if (!known.Contains(ids[i]))
            {
                errors.Add(RecordErrors.LinkedRecordUnknown(i, ids[i]));
            }
        }
        return errors;
    }
}
