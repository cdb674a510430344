using Concord.Core.Audit;
using Concord.Core.Data;

namespace Concord.Core.Access;

/// <summary>
/// The gate every read and change in Core passes: asks <see cref="AccessPolicy"/>, records the attempt in the audit
/// log (allowed or denied), and returns the decision. A read is answered only after its audit entry is stored.
/// </summary>
public sealed class AccessGate(ConcordDbContext db)
{
    /// <summary>Decides, and writes the audit entry now (for reads).</summary>
    public async Task<AccessDecision> CheckAsync(Caller caller, AccessAction action, Resource resource, string purpose = "", CancellationToken cancellationToken = default)
    {
        var decision = Decide(caller, action, resource, purpose);
        await db.SaveChangesAsync(cancellationToken);
        return decision;
    }

    /// <summary>Decides and queues the audit entry, to be written with the change that follows (same transaction).</summary>
    public AccessDecision Decide(Caller caller, AccessAction action, Resource resource, string purpose = "")
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(resource);
        var decision = AccessPolicy.Decide(caller.Subject, action, resource);
        db.Audit(new AuditEvent(
            caller.Actor,
            ActionName(action, resource),
            resource.AuditName,
            decision.Allowed ? AuditEvent.Success : AuditEvent.Denied + ":" + decision.Reason,
            purpose,
            caller.Client));
        return decision;
    }

    private static string ActionName(AccessAction action, Resource resource) =>
        resource.GetType().Name.ToLowerInvariant() + "." + action.ToString().ToLowerInvariant();
}
