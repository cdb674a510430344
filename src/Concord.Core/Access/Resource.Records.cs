using Concord.Core.Handling;
using Concord.Core.Records;

namespace Concord.Core.Access;

public abstract partial record Resource
{
    /// <summary>
    /// A record of the RATS database, with what the policy needs to decide: owner, distribution, handling code,
    /// status, and whether the grace period after its review date has ended.
    /// </summary>
    public sealed record Record(
        string RecordId,
        string OwnerOrganisationId,
        string? OwnerStateCode,
        Distribution Distribution,
        IReadOnlyCollection<string> DistributionStates,
        HandlingCode Handling,
        RecordStatus Status,
        bool PastReview) : Resource
    {
        public override string AuditName => "record:" + RecordId;
    }

    /// <summary>Searching the RATS database (hit/no-hit).</summary>
    public sealed record RecordSearch : Resource
    {
        public override string AuditName => "records";
    }

    /// <summary>Loading a file of records (UN list, CSV, STIX) on behalf of an owner organisation.</summary>
    public sealed record RecordImport(string OwnerOrganisationId) : Resource
    {
        public override string AuditName => "records-import:" + OwnerOrganisationId;
    }

    /// <summary>A hit notice: sent to the owner organisation of a record about a searcher's match.</summary>
    public sealed record HitNotice(string NoticeId, string OwnerOrganisationId, string SearcherUserId) : Resource
    {
        public override string AuditName => "hit-notice:" + NoticeId;
    }
}
