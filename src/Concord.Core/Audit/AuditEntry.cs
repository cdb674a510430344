namespace Concord.Core.Audit;

/// <summary>
/// One line of the append-only audit log. Entries form a hash chain: <see cref="PreviousHash"/> is the
/// SHA-256 of the previous entry's canonical bytes, <see cref="Hash"/> the SHA-256 of this entry's
/// (see <see cref="AuditCanonical"/>). The sequence number is the storage order; the chain proves it.
/// </summary>
public sealed class AuditEntry
{
    public long Sequence { get; set; }
    public DateTimeOffset Time { get; set; }
    /// <summary>Account id, "system" for the node itself, or "anonymous".</summary>
    public string ActorId { get; set; } = "";
    /// <summary>The sign-in name as it was at the time (accounts may be renamed later).</summary>
    public string ActorName { get; set; } = "";
    public string OrganisationId { get; set; } = "";
    /// <summary>A dotted verb: "auth.sign-in", "page.read", "api.read", "account.create", "reference.load".</summary>
    public string Action { get; set; } = "";
    /// <summary>What was acted on: "structure", "account:…", "/api/v1/…".</summary>
    public string Object { get; set; } = "";
    /// <summary>The stated purpose (legal basis / case reference) where the action needs one.</summary>
    public string Purpose { get; set; } = "";
    /// <summary>"success", "denied" or "failure", optionally followed by ":" and a reason code.</summary>
    public string Outcome { get; set; } = "";
    /// <summary>Client address for network actions; empty for the node's own actions.</summary>
    public string Client { get; set; } = "";
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
