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
