namespace Concord.Core.Access;

/// <summary>What is being accessed. Later features add their own resource kinds (records, messages, requests).</summary>
public abstract partial record Resource
{
    /// <summary>A stable name for the audit log ("structure", "audit-log", "account:42").</summary>
    public abstract string AuditName { get; }

    /// <summary>The structure of SCO security cooperation: states, bodies, councils, domains, national agencies.</summary>
    public sealed record Structure : Resource
    {
        public override string AuditName => "structure";
    }

    /// <summary>The directory of competent authorities (state x matter -> agency).</summary>
    public sealed record CompetentAuthorities : Resource
    {
        public override string AuditName => "competent-authorities";
    }

    /// <summary>The node's audit log.</summary>
    public sealed record AuditLog : Resource
    {
        public override string AuditName => "audit-log";
    }

    /// <summary>A user account; <paramref name="StateCode"/> is the state of the account's organisation.</summary>
    public sealed record Account(string AccountId, string OrganisationId, string? StateCode) : Resource
    {
        public override string AuditName => "account:" + AccountId;
    }

    /// <summary>The name-screening service (ad-hoc lists against the watchlists of the node).</summary>
    public sealed record Screening : Resource
    {
        public override string AuditName => "screening";
    }

    /// <summary>The reference data set loaded into the node.</summary>
    public sealed record ReferenceData : Resource
    {
        public override string AuditName => "reference-data";
    }

    /// <summary>
    /// A message: who sent it and to whom. A party is a node ("kz", "rats") with an organisation, or a whole node
    /// (organisation null: the node's national central point).
    /// </summary>
    public sealed record Message(string MessageId, MessageParty Sender, IReadOnlyList<MessageParty> Recipients) : Resource
    {
        public override string AuditName => "message:" + MessageId;
    }

    /// <summary>A listing of messages (inbox, outbox, a thread, a search); each item is then filtered by <see cref="Message"/>.</summary>
    public sealed record MessageBox(string Box) : Resource
    {
        public override string AuditName => "messages:" + Box;
    }
}

/// <summary>A sender or recipient of a message: a node, and an organisation on it (null for the whole node).</summary>
public sealed record MessageParty(string Node, string? OrganisationId);
