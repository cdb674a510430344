using System.Security.Claims;
using System.Text.Encodings.Web;
using Concord.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Concord.Web.Accounts;

/// <summary>Authenticates "Authorization: Bearer ccd_..." against the stored token hashes.</summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokens tokens,
    UserManager<ConcordUser> users,
    IUserClaimsPrincipalFactory<ConcordUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var user = await tokens.FindUserAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (user is null)
        {
            return AuthenticateResult.Fail("The API token is unknown, expired or revoked.");
        }
        if (await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("The account is locked.");
        }
        var principal = await principals.CreateAsync(user);
        // Token holders act for the account; sign-in obligations (password change, enrolment) concern the web sign-in only.
        var identity = (ClaimsIdentity)principal.Identity!;
        foreach (var claim in identity.FindAll(c => c.Type is ConcordClaims.MustChangePassword or ConcordClaims.MustEnrolTwoFactor).ToList())
        {
            identity.RemoveClaim(claim);
        }
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(identity.Claims, SchemeName, identity.NameClaimType, identity.RoleClaimType)), SchemeName));
    }
}
