using System.Security.Claims;
using Concord.Core.Access;
using Concord.Core.Accounts;
using Concord.Core.Data;
using Concord.Core.Directory;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Web.Accounts;

/// <summary>Adds organisation, state and the account's pending obligations to the sign-in principal.</summary>
public sealed class ConcordClaimsFactory(
    UserManager<ConcordUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    ConcordDbContext db)
    : UserClaimsPrincipalFactory<ConcordUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ConcordUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        // Only national agencies belong to a state; a permanent body's state code is its seat (RATS: UZ), not its allegiance.
        var state = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == user.OrganisationId && o.Kind == OrganisationKinds.NationalAgency)
            .Select(o => o.StateCode).FirstOrDefaultAsync();
        identity.AddClaim(new Claim(ConcordClaims.Organisation, user.OrganisationId));
        identity.AddClaim(new Claim(ConcordClaims.DisplayName, user.DisplayName));
        if (state is not null)
        {
            identity.AddClaim(new Claim(ConcordClaims.State, state));
        }
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(ConcordClaims.MustChangePassword, "true"));
        }
        var held = Roles.Combine(await UserManager.GetRolesAsync(user));
        if ((held & Roles.RequireTwoFactor) != 0 && !user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(ConcordClaims.MustEnrolTwoFactor, "true"));
        }
        return identity;
    }
}
