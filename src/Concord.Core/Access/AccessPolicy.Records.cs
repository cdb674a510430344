using Concord.Core.Handling;
using Concord.Core.Records;

namespace Concord.Core.Access;

// The RATS database. Documented with its reasons in docs/records-access.md; the reference model in
// tests/Concord.Tests/Records/RecordAccessMatrixTests.cs restates it independently.
public static partial class AccessPolicy
{
    /// <summary>
    /// Competent authorities: agencies of member states (they have a state) and the RATS Executive Committee.
    /// The Secretariat and other bodies are not.
    /// </summary>
    public static bool IsCompetentAuthority(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.StateCode is not null || subject.OrganisationId == RecordCodes.RatsOrganisationId;
    }

    private static AccessDecision DecideRecord(Subject subject, AccessAction action, Resource.Record record)
    {
        if (!subject.Has(Operational))
        {
            return AccessDecision.Deny("records-need-operational-role");
        }
        var owner = subject.OrganisationId.Length > 0 && subject.OrganisationId == record.OwnerOrganisationId;
        if (record.Status == RecordStatus.Deleted)
        {
            return AccessDecision.Deny("record-deleted");
        }
        switch (action)
        {
            case AccessAction.Create or AccessAction.Update or AccessAction.Delete:
                return owner ? AccessDecision.Allow("owner-organisation") : AccessDecision.Deny("only-the-owner-changes-a-record");
            case AccessAction.Read or AccessAction.Query or AccessAction.Export:
                if (owner)
                {
                    return AccessDecision.Allow("owner-organisation");
                }
                var read = DecideForeignRead(subject, record);
                if (!read.Allowed || action != AccessAction.Export)
                {
                    return read;
                }
                // Passing a record on (export) is further dissemination: H2 forbids it, and H3's restrictions cannot be checked here.
                return record.Handling is HandlingCode.H0 or HandlingCode.H1
                    ? AccessDecision.Allow("export-" + read.Reason)
                    : AccessDecision.Deny("handling-forbids-dissemination");
            default:
                return AccessDecision.Deny("action-not-defined-for-records");
        }
    }

    /// <summary>
    /// Someone else than the owner reads: the record must be active and within review, the reader a competent authority,
    /// and inside both the audience of the distribution and the audience the handling code allows; the narrower wins.
    /// </summary>
    private static AccessDecision DecideForeignRead(Subject subject, Resource.Record record)
    {
        if (record.Status != RecordStatus.Active)
        {
            return AccessDecision.Deny("record-withdrawn");
        }
        if (record.PastReview)
        {
            return AccessDecision.Deny("record-past-review");
        }
        if (!IsCompetentAuthority(subject))
        {
            return AccessDecision.Deny("not-a-competent-authority");
        }
        var rats = subject.OrganisationId == RecordCodes.RatsOrganisationId;
        var inDistribution = record.Distribution switch
        {
            Distribution.AllMembers => true,
            Distribution.ListedStates => subject.StateCode is not null && record.DistributionStates.Contains(subject.StateCode),
            Distribution.RatsOnly => rats,
            _ => false,
        };
        if (!inDistribution)
        {
            return AccessDecision.Deny("outside-distribution");
        }
        return record.Handling switch
        {
            HandlingCode.H0 or HandlingCode.H1 => AccessDecision.Allow("distribution-" + RecordCodes.Of(record.Distribution)),
            // No further dissemination: RATS, the custodian the owner gave it to, reads it; others must ask the owner.
            HandlingCode.H2 when rats => AccessDecision.Allow("h2-custodian"),
            HandlingCode.H2 => AccessDecision.Deny("handling-h2-ask-the-owner"),
            // Restrictions in words that the node cannot check: only the owner decides, case by case.
            _ => AccessDecision.Deny("handling-h3-ask-the-owner"),
        };
    }

    private static AccessDecision DecideRecordSearch(Subject subject, AccessAction action)
    {
        if (action != AccessAction.Query)
        {
            return AccessDecision.Deny("action-not-defined-for-search");
        }
        if (!subject.Has(Operational))
        {
            return AccessDecision.Deny("records-need-operational-role");
        }
        return IsCompetentAuthority(subject)
            ? AccessDecision.Allow("competent-authority")
            : AccessDecision.Deny("not-a-competent-authority");
    }

    // Node administrators load lists (such as the UN list) on behalf of an owner organisation; operational staff load their own organisation's files.
    private static AccessDecision DecideRecordImport(Subject subject, AccessAction action, Resource.RecordImport import)
    {
        if (action != AccessAction.Import)
        {
            return AccessDecision.Deny("action-not-defined-for-imports");
        }
        if (subject.Has(Role.Administrator))
        {
            return AccessDecision.Allow("administrator");
        }
        return subject.Has(Operational) && subject.OrganisationId.Length > 0 && subject.OrganisationId == import.OwnerOrganisationId
            ? AccessDecision.Allow("owner-organisation")
            : AccessDecision.Deny("imports-only-for-own-organisation");
    }

    private static AccessDecision DecideHitNotice(Subject subject, AccessAction action, Resource.HitNotice notice)
    {
        if (!subject.Has(Operational))
        {
            return AccessDecision.Deny("records-need-operational-role");
        }
        var owner = subject.OrganisationId.Length > 0 && subject.OrganisationId == notice.OwnerOrganisationId;
        return action switch
        {
            AccessAction.Read when owner => AccessDecision.Allow("owner-organisation"),
            AccessAction.Read when subject.UserId == notice.SearcherUserId => AccessDecision.Allow("own-search"),
            AccessAction.Update when owner => AccessDecision.Allow("owner-organisation"),
            _ => AccessDecision.Deny("hit-notice-not-yours"),
        };
    }
}
