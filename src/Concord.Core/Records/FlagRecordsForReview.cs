using Concord.Core.Audit;
using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Core.Records;

public sealed record ReviewRun(int Flagged, int Suspended);

/// <summary>
/// The daily review job. Records whose review date has passed are flagged to their owner (they appear in the owner's
/// inbox); when the grace period has also passed they leave search results (search filters them by date in any case).
/// Each step is audited. Nothing is deleted: the owner renews the record with a reason, or deletes it.
/// </summary>
public sealed class FlagRecordsForReview(ConcordDbContext db, IOptions<RecordsOptions> options)
{
    public async Task<ReviewRun> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var today = RecordStore.Today(db.Time);
        var now = db.Time.GetUtcNow();
        var active = RecordCodes.Of(RecordStatus.Active);
        var graceStart = today.AddDays(-options.Value.ReviewGraceDays);
        var due = await db.Records.Where(r => r.Status == active && r.ReviewDate < today && r.ReviewFlaggedAt == null).Take(5000).ToListAsync(cancellationToken);
        foreach (var r in due)
        {
            r.ReviewFlaggedAt = now;
            db.Audit(new AuditEvent(Actor.System, "record.review-due", "record:" + r.Id, AuditEvent.Success, "review date " + r.ReviewDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
        var expired = await db.Records.Where(r => r.Status == active && r.ReviewDate < graceStart && r.SuspendedAt == null).Take(5000).ToListAsync(cancellationToken);
        foreach (var r in expired)
        {
            r.SuspendedAt = now;
            db.Audit(new AuditEvent(Actor.System, "record.suspended", "record:" + r.Id, AuditEvent.Success, "grace period after review date ended"));
        }
        await db.SaveChangesAsync(cancellationToken);
        return new ReviewRun(due.Count, expired.Count);
    }
}
