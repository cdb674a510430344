using Concord.Core.Access;
using Concord.Core.Handling;
using Concord.Core.Records;
using CsCheck;

namespace Concord.Tests.Records;

/// <summary>
/// The access policy for RATS records against a reference model written from the requirements, over generated users,
/// records, handling codes, distributions, statuses and actions (well over 100,000 cases), with zero leaks allowed.
/// </summary>
public sealed class RecordAccessMatrixTests
{
    private static readonly string[] States = ["CN", "RU", "KZ", "KG", "TJ", "UZ", "IN", "PK", "IR", "BY"];
    private const string Rats = "rats-executive-committee";

    /// <summary>Organisations: two agencies per state, RATS, the Secretariat, and none (a service account without one).</summary>
    private static readonly (string Org, string? State)[] Organisations =
        [.. States.SelectMany(s => new[] { (s.ToLowerInvariant() + "-mvd", (string?)s), (s.ToLowerInvariant() + "-fsb", (string?)s) }),
         (Rats, null), ("secretariat", null), ("", null)];

    private static readonly Gen<Subject> GenSubject =
        Gen.Select(Gen.Int[0, 40], Gen.Int[0, Organisations.Length - 1], Gen.Int[0, 63])
            .Select((id, org, roles) => id == 0
                ? Subject.Anonymous
                : new Subject("u" + id, Organisations[org].Org, Organisations[org].State, (Role)roles));

    private static readonly Gen<Resource.Record> GenRecord =
        Gen.Select(Gen.Int[0, Organisations.Length - 2], Gen.Enum<Distribution>(), Gen.Int[0, 1023], Gen.Enum<HandlingCode>(), Gen.Enum<RecordStatus>(), Gen.Bool)
            .Select((owner, distribution, stateMask, handling, status, pastReview) => new Resource.Record(
                "R" + owner, Organisations[owner].Org, Organisations[owner].State, distribution,
                distribution == Distribution.ListedStates ? [.. States.Where((_, i) => (stateMask & (1 << i)) != 0)] : [],
                handling, status, pastReview));

    private static readonly Gen<AccessAction> GenAction = Gen.Enum<AccessAction>();

    /// <summary>The reference model, restated from docs/records-access.md as a reviewer would write it.</summary>
    private static bool Model(Subject s, AccessAction a, Resource.Record r)
    {
        var operational = (s.Roles & (Role.Officer | Role.Analyst | Role.Supervisor | Role.NationalCoordinator)) != 0;
        if (!s.IsAuthenticated || !operational || r.Status == RecordStatus.Deleted)
        {
            return false;
        }
        var owner = s.OrganisationId != "" && s.OrganisationId == r.OwnerOrganisationId;
        if (a is AccessAction.Create or AccessAction.Update or AccessAction.Delete)
        {
            return owner;
        }
        if (a is not (AccessAction.Read or AccessAction.Query or AccessAction.Export))
        {
            return false;
        }
        if (owner)
        {
            return true;
        }
        var competent = s.StateCode is not null || s.OrganisationId == Rats;
        var inDistribution = r.Distribution switch
        {
            Distribution.AllMembers => true,
            Distribution.ListedStates => s.StateCode is not null && r.DistributionStates.Contains(s.StateCode),
            Distribution.RatsOnly => s.OrganisationId == Rats,
            _ => false,
        };
        var handlingAllows = r.Handling switch
        {
            HandlingCode.H0 or HandlingCode.H1 => true,
            HandlingCode.H2 => s.OrganisationId == Rats,
            _ => false,
        };
        var read = r.Status == RecordStatus.Active && !r.PastReview && competent && inDistribution && handlingAllows;
        var passOn = r.Handling is HandlingCode.H0 or HandlingCode.H1;
        return a == AccessAction.Export ? read && passOn : read;
    }

    [Fact]
    public void The_policy_agrees_with_the_reference_model_on_150000_generated_cases()
    {
        var cases = 0;
        var leaks = 0;
        Gen.Select(GenSubject, GenAction, GenRecord).Sample((s, a, r) =>
        {
            cases++;
            var expected = Model(s, a, r);
            var actual = AccessPolicy.Decide(s, a, r).Allowed;
            if (actual && !expected)
            {
                leaks++;
            }
            Assert.Equal(expected, actual);
        }, iter: 150_000, threads: 1);
        Assert.Equal(150_000, cases);
        Assert.Equal(0, leaks);
    }

    [Fact]
    public void Every_combination_of_distribution_handling_status_and_review_is_checked_for_every_organisation_and_role()
    {
        var checkedCases = 0;
        foreach (var (org, state) in Organisations)
        {
            foreach (var roles in new[] { Role.Officer, Role.Analyst, Role.NationalCoordinator, Role.Auditor, Role.Administrator, Role.Auditor | Role.Supervisor })
            {
                var subject = new Subject("u1", org, state, roles);
                foreach (var (ownerOrg, ownerState) in new[] { ("kz-mvd", (string?)"KZ"), ("ru-fsb", "RU"), (Rats, null), ("cn-mvd", "CN") })
                {
                    foreach (var distribution in Enum.GetValues<Distribution>())
                    {
                        foreach (var handling in Enum.GetValues<HandlingCode>())
                        {
                            foreach (var status in Enum.GetValues<RecordStatus>())
                            {
                                foreach (var past in new[] { false, true })
                                {
                                    var record = new Resource.Record("R", ownerOrg, ownerState, distribution,
                                        distribution == Distribution.ListedStates ? ["KZ", "RU"] : [], handling, status, past);
                                    foreach (var action in new[] { AccessAction.Read, AccessAction.Export, AccessAction.Update })
                                    {
                                        Assert.Equal(Model(subject, action, record), AccessPolicy.Decide(subject, action, record).Allowed);
                                        checkedCases++;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        Assert.True(checkedCases > 100_000, checkedCases + " cases");
    }

    [Fact]
    public void Where_distribution_and_handling_disagree_the_narrower_wins() =>
        Gen.Select(GenSubject, GenRecord).Sample((s, r) =>
        {
            var wide = r with { Distribution = Distribution.AllMembers, DistributionStates = [] };
            // Tightening either the distribution or the handling code never lets more people read.
            if (AccessPolicy.Decide(s, AccessAction.Read, r).Allowed)
            {
                Assert.True(AccessPolicy.Decide(s, AccessAction.Read, wide).Allowed);
                Assert.True(AccessPolicy.Decide(s, AccessAction.Read, r with { Handling = HandlingCode.H0 }).Allowed);
            }
        }, iter: 20_000);

    [Fact]
    public void Only_the_owner_organisation_changes_a_record() =>
        Gen.Select(GenSubject, GenRecord, Gen.OneOf(Gen.Const(AccessAction.Update), Gen.Const(AccessAction.Delete), Gen.Const(AccessAction.Create))).Sample((s, r, a) =>
        {
            if (AccessPolicy.Decide(s, a, r).Allowed)
            {
                Assert.Equal(r.OwnerOrganisationId, s.OrganisationId);
            }
        }, iter: 20_000);

    [Fact]
    public void Auditors_and_administrators_without_an_operational_role_read_no_record() =>
        Gen.Select(GenRecord, Gen.Int[0, Organisations.Length - 1]).Sample((r, org) =>
        {
            var s = new Subject("u1", Organisations[org].Org, Organisations[org].State, Role.Auditor | Role.Administrator);
            Assert.False(AccessPolicy.Decide(s, AccessAction.Read, r).Allowed);
        }, iter: 5_000);

    [Fact]
    public void The_Secretariat_is_not_a_competent_authority_for_search()
    {
        Assert.False(AccessPolicy.Decide(new Subject("u1", "secretariat", null, Role.Officer), AccessAction.Query, new Resource.RecordSearch()).Allowed);
        Assert.True(AccessPolicy.Decide(new Subject("u1", Rats, null, Role.Analyst), AccessAction.Query, new Resource.RecordSearch()).Allowed);
        Assert.True(AccessPolicy.Decide(new Subject("u1", "kz-mvd", "KZ", Role.Officer), AccessAction.Query, new Resource.RecordSearch()).Allowed);
    }
}
