using Concord.Core.Data;

namespace Concord.Core.Audit;

/// <summary>Writes an audit entry on its own, for events that change nothing else (sign-ins, failed sign-ins, sign-outs).</summary>
public sealed class AuditTrail(ConcordDbContext db)
{
    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        db.Audit(auditEvent);
        await db.SaveChangesAsync(cancellationToken);
    }
}
