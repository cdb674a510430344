namespace Concord.Core.Access;

/// <summary>Who is asking: a signed-in user (or service account) with an organisation, its state, and roles.</summary>
/// <param name="UserId">The account id; empty for an anonymous caller.</param>
/// <param name="OrganisationId">The user's organisation (a national agency, RATS Executive Committee or the Secretariat).</param>
/// <param name="StateCode">The member state of the organisation (ISO alpha-2), or null for RATS and the Secretariat.</param>
/// <param name="Roles">The roles the user holds.</param>
public sealed record Subject(string UserId, string OrganisationId, string? StateCode, Role Roles)
{
    public static readonly Subject Anonymous = new("", "", null, Role.None);

    public bool IsAuthenticated => UserId.Length > 0;

    public bool Has(Role role) => (Roles & role) != 0;
}
