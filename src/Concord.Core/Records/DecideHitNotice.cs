using Concord.Core.Access;
using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Records;

/// <summary>The owner's answer to a hit notice: seen, disclosed (with what is disclosed) or declined (with why).</summary>
public sealed record HitNoticeDecision(string Status, string Text);

/// <summary>The owner organisation marks a hit notice seen, or answers it: disclose (saying what) or decline.</summary>
public sealed class DecideHitNotice(ConcordDbContext db, AccessGate gate)
{
    public async Task<Result<HitNotice>> ExecuteAsync(Caller caller, Guid id, HitNoticeDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(decision);
        var notice = await db.HitNotices.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notice is null)
        {
            return RecordErrors.NoticeNotFound;
        }
        var resource = new Resource.HitNotice(id.ToString("N", System.Globalization.CultureInfo.InvariantCulture), notice.OwnerOrganisationId, notice.SearcherUserId);
        var allowed = AccessPolicy.Decide(caller.Subject, AccessAction.Update, resource);
        if (!allowed.Allowed)
        {
            gate.Decide(caller, AccessAction.Update, resource);
            await db.SaveChangesAsync(cancellationToken);
            return AccessErrors.Denied(allowed);
        }
        var status = decision.Status?.Trim() ?? "";
        var text = decision.Text?.Trim() ?? "";
        if (status is not (HitNoticeStatuses.Seen or HitNoticeStatuses.Disclosed or HitNoticeStatuses.Declined))
        {
            return new Error("hit-notice-decision-invalid", "Answer a hit notice with seen, disclosed or declined.", "status");
        }
        if (notice.Status is HitNoticeStatuses.Disclosed or HitNoticeStatuses.Declined)
        {
            return RecordErrors.AlreadyDecided;
        }
        if (status != HitNoticeStatuses.Seen && text.Length == 0)
        {
            return new Error("hit-notice-decision-text-required", "Say what you disclose, or why you decline; the searcher receives this text.", "text");
        }
        if (text.Length > 4000)
        {
            return new Error("text-too-long", "The answer may have at most 4000 characters.", "text");
        }
        notice.Status = status;
        if (status != HitNoticeStatuses.Seen)
        {
            notice.Decision = text;
            notice.DecidedAt = db.Time.GetUtcNow();
            notice.DecidedBy = RecordStore.Clip(caller.Actor.Name, 256);
        }
        gate.Decide(caller, AccessAction.Update, resource, status);
        await db.SaveChangesAsync(cancellationToken);
        return notice;
    }
}
