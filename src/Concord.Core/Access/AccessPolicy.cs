namespace Concord.Core.Access;

/// <summary>
/// The one place that decides whether a subject may perform an action on a resource.
/// Pure: no I/O, no clock, no ambient state. Every read in Core goes through it; the UI only hides what it denies.
/// Later features extend it with their resource kinds.
/// </summary>
public static partial class AccessPolicy
{
    /// <summary>Roles that do operational work (search, screen, exchange).</summary>
    public const Role Operational = Role.Officer | Role.Analyst | Role.Supervisor | Role.NationalCoordinator;

    public static AccessDecision Decide(Subject subject, AccessAction action, Resource resource)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(resource);
        if (!subject.IsAuthenticated || subject.Roles == Role.None)
        {
            return AccessDecision.Deny("not-authenticated");
        }

        return resource switch
        {
            Resource.Structure or Resource.CompetentAuthorities => action == AccessAction.Read
                ? AccessDecision.Allow("public-reference")
                : AccessDecision.Deny("reference-is-read-only"),
            Resource.ReferenceData => DecideReferenceData(subject, action),
            Resource.AuditLog => DecideAuditLog(subject, action),
            Resource.Account account => DecideAccount(subject, action, account),
            Resource.Screening => action == AccessAction.Query && subject.Has(Operational)
                ? AccessDecision.Allow("operational-role")
                : AccessDecision.Deny("screening-needs-operational-role"),
            Resource.Record record => DecideRecord(subject, action, record),
            Resource.RecordSearch => DecideRecordSearch(subject, action),
            Resource.RecordImport import => DecideRecordImport(subject, action, import),
            Resource.HitNotice notice => DecideHitNotice(subject, action, notice),
            Resource.Message message => DecideMessage(subject, action, message),
            Resource.MessageBox => action == AccessAction.Query && subject.Has(Operational)
                ? AccessDecision.Allow("operational-role")
                : AccessDecision.Deny("messages-need-operational-role"),
            _ => AccessDecision.Deny("unknown-resource"),
        };
    }

    private static AccessDecision DecideReferenceData(Subject subject, AccessAction action) => action switch
    {
        AccessAction.Read => AccessDecision.Allow("public-reference"),
        AccessAction.Verify or AccessAction.Import when subject.Has(Role.Administrator) => AccessDecision.Allow("administrator"),
        _ => AccessDecision.Deny("reference-data-needs-administrator"),
    };

    // Oversight is separate from administration: only auditors read and verify the log, nobody changes it.
    private static AccessDecision DecideAuditLog(Subject subject, AccessAction action) => action switch
    {
        AccessAction.Read or AccessAction.Query or AccessAction.Verify or AccessAction.Export when subject.Has(Role.Auditor)
            => AccessDecision.Allow("auditor"),
        AccessAction.Read or AccessAction.Query or AccessAction.Verify or AccessAction.Export
            => AccessDecision.Deny("audit-log-needs-auditor"),
        _ => AccessDecision.Deny("audit-log-is-append-only"),
    };

    // Messages are for the organisations that exchange them: the sender's organisation, the organisations addressed,
    // and everyone in an operational role at a node addressed as a whole (its national central point). A national
    // coordinator also sees every message to or from their state. Auditors and administrators see no message content:
    // oversight works from the audit log. Nobody changes or deletes a message once sent.
    private static AccessDecision DecideMessage(Subject subject, AccessAction action, Resource.Message message)
    {
        if (!subject.Has(Operational))
        {
            return AccessDecision.Deny("messages-need-operational-role");
        }
        var home = Federation.NodeAddressing.HomeNode(subject.OrganisationId, subject.StateCode);
        var toOrganisation = message.Recipients.Any(r => r.OrganisationId is not null && r.OrganisationId == subject.OrganisationId);
        var toNode = home is not null && message.Recipients.Any(r => r.OrganisationId is null && r.Node == home);
        switch (action)
        {
            case AccessAction.Create:
                return message.Sender.OrganisationId == subject.OrganisationId
                    ? AccessDecision.Allow("own-organisation")
                    : AccessDecision.Deny("send-as-own-organisation-only");
            case AccessAction.Read or AccessAction.Query:
                if (message.Sender.OrganisationId == subject.OrganisationId)
                {
                    return AccessDecision.Allow("sender-organisation");
                }
                if (toOrganisation)
                {
                    return AccessDecision.Allow("addressed-to-organisation");
                }
                if (toNode)
                {
                    return AccessDecision.Allow("addressed-to-node");
                }
                if (subject.Has(Role.NationalCoordinator) && subject.StateCode is not null && home is not null
                    && (message.Sender.Node == home || message.Recipients.Any(r => r.Node == home)))
                {
                    return AccessDecision.Allow("national-coordinator-own-state");
                }
                return AccessDecision.Deny("message-not-addressed-to-you");
            case AccessAction.Update:
                // Acknowledging (a read receipt) is for the recipients themselves.
                return toOrganisation ? AccessDecision.Allow("addressed-to-organisation")
                    : toNode ? AccessDecision.Allow("addressed-to-node")
                    : AccessDecision.Deny("only-recipients-acknowledge");
            default:
                return AccessDecision.Deny("messages-are-immutable");
        }
    }

    private static AccessDecision DecideAccount(Subject subject, AccessAction action, Resource.Account account)
    {
        if (action == AccessAction.Read && account.AccountId == subject.UserId)
        {
            return AccessDecision.Allow("own-account");
        }
        if (subject.Has(Role.Administrator))
        {
            return AccessDecision.Allow("administrator");
        }
        // A national coordinator sees the accounts of their own state's organisations, and changes none.
        if (action == AccessAction.Read && subject.Has(Role.NationalCoordinator)
            && subject.StateCode is not null && subject.StateCode == account.StateCode)
        {
            return AccessDecision.Allow("national-coordinator-own-state");
        }
        return AccessDecision.Deny("account-not-yours");
    }
}
