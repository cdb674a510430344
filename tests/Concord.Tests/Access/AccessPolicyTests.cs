using Concord.Core.Access;
using CsCheck;

namespace Concord.Tests.Access;

/// <summary>
/// The access policy against a small reference model written as a table of rules, plus invariants that must hold
/// for any subject, action and resource (property-based, CsCheck).
/// </summary>
public sealed class AccessPolicyTests
{
    private static readonly string[] States = ["CN", "RU", "KZ", "KG", "TJ", "UZ", "IN", "PK", "IR", "BY"];

    private static readonly Gen<Role> GenRoles = Gen.Int[0, 63].Select(i => (Role)i);

    private static readonly Gen<Subject> GenSubject =
        Gen.Select(Gen.Int[0, 5], Gen.OneOf(States), Gen.Bool, GenRoles)
            .Select((id, state, stateless, roles) => id == 0
                ? Subject.Anonymous
                : new Subject("u" + id, stateless ? "rats-executive-committee" : state.ToLowerInvariant() + "-agency", stateless ? null : state, roles));

    private static readonly Gen<Resource> GenResource = Gen.OneOf<Resource>(
        Gen.Const<Resource>(new Resource.Structure()),
        Gen.Const<Resource>(new Resource.CompetentAuthorities()),
        Gen.Const<Resource>(new Resource.AuditLog()),
        Gen.Const<Resource>(new Resource.Screening()),
        Gen.Const<Resource>(new Resource.ReferenceData()),
        Gen.Select(Gen.Int[1, 5], Gen.OneOf(States), Gen.Bool)
            .Select((id, state, stateless) => (Resource)new Resource.Account("u" + id, "org", stateless ? null : state)));

    private static readonly Gen<AccessAction> GenAction = Gen.Enum<AccessAction>();

    /// <summary>The reference model: who may do what, as a reviewer would write it from the requirements.</summary>
    private static bool Model(Subject s, AccessAction a, Resource r)
    {
        if (s.UserId.Length == 0 || s.Roles == Role.None)
        {
            return false;
        }
        bool auditor = s.Roles.HasFlag(Role.Auditor), admin = s.Roles.HasFlag(Role.Administrator);
        bool operational = (s.Roles & (Role.Officer | Role.Analyst | Role.Supervisor | Role.NationalCoordinator)) != 0;
        return r switch
        {
            Resource.Structure or Resource.CompetentAuthorities => a == AccessAction.Read,
            Resource.ReferenceData => a == AccessAction.Read || (admin && a is AccessAction.Verify or AccessAction.Import),
            Resource.AuditLog => auditor && a is AccessAction.Read or AccessAction.Query or AccessAction.Verify or AccessAction.Export,
            Resource.Screening => operational && a == AccessAction.Query,
            Resource.Account acc => admin
                || (a == AccessAction.Read && acc.AccountId == s.UserId)
                || (a == AccessAction.Read && s.Roles.HasFlag(Role.NationalCoordinator) && s.StateCode is not null && s.StateCode == acc.StateCode),
            _ => false,
        };
    }

    [Fact]
    public void The_policy_agrees_with_the_reference_model_on_generated_cases() =>
        Gen.Select(GenSubject, GenAction, GenResource).Sample((s, a, r) =>
            Assert.Equal(Model(s, a, r), AccessPolicy.Decide(s, a, r).Allowed), iter: 200_000);

    [Fact]
    public void Anonymous_callers_are_denied_everything() =>
        Gen.Select(GenAction, GenResource).Sample((a, r) =>
            Assert.False(AccessPolicy.Decide(Subject.Anonymous, a, r).Allowed), iter: 10_000);

    [Fact]
    public void Nobody_changes_or_deletes_the_audit_log() =>
        Gen.Select(GenSubject, Gen.OneOf(AccessAction.Create, AccessAction.Update, AccessAction.Delete, AccessAction.Import)).Sample((s, a) =>
            Assert.False(AccessPolicy.Decide(s, a, new Resource.AuditLog()).Allowed), iter: 10_000);

    [Fact]
    public void Administrators_who_are_not_auditors_cannot_read_the_audit_log() =>
        GenRoles.Where(r => !r.HasFlag(Role.Auditor)).Select(r => r | Role.Administrator).Sample(roles =>
            Assert.False(AccessPolicy.Decide(new Subject("u1", "rats-executive-committee", null, roles), AccessAction.Read, new Resource.AuditLog()).Allowed), iter: 2_000);

    [Fact]
    public void Adding_a_role_never_takes_a_permission_away() =>
        Gen.Select(GenSubject, GenRoles, GenAction, GenResource).Sample((s, extra, a, r) =>
        {
            if (AccessPolicy.Decide(s, a, r).Allowed && s.IsAuthenticated)
            {
                Assert.True(AccessPolicy.Decide(s with { Roles = s.Roles | extra }, a, r).Allowed);
            }
        }, iter: 50_000);

    [Fact]
    public void Every_decision_carries_a_reason_for_the_audit_log() =>
        Gen.Select(GenSubject, GenAction, GenResource).Sample((s, a, r) =>
            Assert.False(string.IsNullOrWhiteSpace(AccessPolicy.Decide(s, a, r).Reason)), iter: 10_000);
}
