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
    private static readonly string[] Organisations = ["kz-mvd", "kz-knb", "cn-mps", "ru-fsb", "rats-executive-committee", "secretariat"];

    private static readonly Gen<Role> GenRoles = Gen.Int[0, 63].Select(i => (Role)i);

    private static readonly Gen<Subject> GenSubject =
        Gen.Select(Gen.Int[0, 5], Gen.OneOf(States), Gen.Int[0, 3], GenRoles, Gen.OneOf(Organisations))
            .Select((id, state, kind, roles, organisation) => id == 0
                ? Subject.Anonymous
                : kind switch
                {
                    0 => new Subject("u" + id, "rats-executive-committee", null, roles),
                    1 => new Subject("u" + id, organisation, organisation.StartsWith("rats", StringComparison.Ordinal) || organisation == "secretariat" ? null : organisation[..2].ToUpperInvariant(), roles),
                    _ => new Subject("u" + id, state.ToLowerInvariant() + "-agency", state, roles),
                });

    /// <summary>A party: an organisation on its home node, or a whole node.</summary>
    private static readonly Gen<MessageParty> GenParty = Gen.Select(Gen.Bool, Gen.OneOf(Organisations), Gen.OneOf(States))
        .Select((whole, organisation, state) => whole
            ? new MessageParty(state.ToLowerInvariant(), null)
            : new MessageParty(HomeOf(organisation), organisation));

    private static readonly Gen<Resource> GenMessage = Gen.Select(GenParty.Where(p => p.OrganisationId is not null), GenParty.Array[1, 4])
        .Select((sender, recipients) => (Resource)new Resource.Message("m", sender, recipients));

    private static string HomeOf(string organisation) => organisation switch
    {
        "rats-executive-committee" => "rats",
        "secretariat" => "secretariat",
        _ => organisation.Length >= 2 ? organisation[..2] : organisation,
    };

    private static readonly Gen<Resource> GenResource = Gen.OneOf<Resource>(
        GenMessage,
        GenMessage,
        Gen.OneOf(Gen.Const("inbox"), Gen.Const("outbox"), Gen.Const("all")).Select(b => (Resource)new Resource.MessageBox(b)),
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
            Resource.MessageBox => operational && a == AccessAction.Query,
            Resource.Message m => operational && MessageModel(s, a, m),
            Resource.Account acc => admin
                || (a == AccessAction.Read && acc.AccountId == s.UserId)
                || (a == AccessAction.Read && s.Roles.HasFlag(Role.NationalCoordinator) && s.StateCode is not null && s.StateCode == acc.StateCode),
            _ => false,
        };
    }

    /// <summary>
    /// Messages: the sender's organisation and the recipients read; a whole node addressed means everyone on it;
    /// national coordinators read all of their state's traffic; only recipients acknowledge; nobody changes or deletes.
    /// </summary>
    private static bool MessageModel(Subject s, AccessAction a, Resource.Message m)
    {
        var home = s.StateCode?.ToLowerInvariant() ?? HomeOf(s.OrganisationId);
        var recipient = m.Recipients.Any(r => r.OrganisationId == s.OrganisationId || (r.OrganisationId is null && r.Node == home));
        var coordinator = s.Roles.HasFlag(Role.NationalCoordinator) && s.StateCode is not null
            && (m.Sender.Node == home || m.Recipients.Any(r => r.Node == home));
        return a switch
        {
            AccessAction.Create => m.Sender.OrganisationId == s.OrganisationId,
            AccessAction.Read or AccessAction.Query => m.Sender.OrganisationId == s.OrganisationId || recipient || coordinator,
            AccessAction.Update => recipient,
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

    [Fact]
    public void A_message_is_never_readable_by_someone_who_neither_sent_nor_received_it_outside_their_state() =>
        Gen.Select(GenSubject, GenMessage).Sample((s, r) =>
        {
            var m = (Resource.Message)r;
            var home = s.StateCode?.ToLowerInvariant() ?? HomeOf(s.OrganisationId);
            var involved = m.Sender.Node == home || m.Recipients.Any(p => p.Node == home) || m.Sender.OrganisationId == s.OrganisationId
                || m.Recipients.Any(p => p.OrganisationId == s.OrganisationId);
            if (!involved)
            {
                Assert.False(AccessPolicy.Decide(s, AccessAction.Read, m).Allowed);
            }
        }, iter: 50_000);

    [Fact]
    public void Auditors_and_administrators_without_an_operational_role_read_no_message() =>
        Gen.Select(GenMessage, Gen.OneOf(Gen.Const(Role.Auditor), Gen.Const(Role.Administrator), Gen.Const(Role.Auditor | Role.Administrator))).Sample((m, roles) =>
            Assert.False(AccessPolicy.Decide(new Subject("u1", "kz-mvd", "KZ", roles), AccessAction.Read, m).Allowed), iter: 10_000);

    [Fact]
    public void Nobody_changes_or_deletes_a_sent_message() =>
        Gen.Select(GenSubject, GenMessage, Gen.OneOf(AccessAction.Delete, AccessAction.Import, AccessAction.Administer)).Sample((s, m, a) =>
            Assert.False(AccessPolicy.Decide(s, a, m).Allowed), iter: 10_000);
}
