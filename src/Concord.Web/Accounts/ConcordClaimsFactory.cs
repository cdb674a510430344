using System.Security.Claims;
using Concord.Core.Access;
using Concord.Core.Accounts;
using Concord.Core.Data;
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
        var state = await db.Organisations.AsNoTracking().Where(o => o.Id == user.OrganisationId).Select(o => o.StateCode).FirstOrDefaultAsync();
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
