using System.Security.Claims;
using System.Text.Encodings.Web;
using Concord.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Concord.Web.Accounts;

/// <summary>
/// Authenticates "Authorization: Bearer ccd_..." against the stored token hashes. The resulting principal is kept for
/// a few seconds by token hash (<see cref="ApiTokenCache"/>), so a client sending many requests is looked up once.
/// </summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokens tokens,
    ApiTokenCache cache,
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
        var presented = header["Bearer ".Length..].Trim();
        var hash = ApiTokens.IsWellFormed(presented) ? ApiTokens.HashOf(presented) : null;
        if (hash is not null && cache.Find(hash) is { } known)
        {
            // A copy per request: nothing downstream can change what the next request sees.
            return AuthenticateResult.Success(new AuthenticationTicket(known.Clone(), SchemeName));
        }
        var found = hash is null ? null : await tokens.FindUserAsync(presented, Context.RequestAborted);
        if (found is not { } owner)
        {
            return AuthenticateResult.Fail("The API token is unknown, expired or revoked.");
        }
        var (user, expires) = owner;
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
        var result = new ClaimsPrincipal(new ClaimsIdentity(identity.Claims, SchemeName, identity.NameClaimType, identity.RoleClaimType));
        cache.Add(hash!, result.Clone(), expires);
        return AuthenticateResult.Success(new AuthenticationTicket(result, SchemeName));
    }
}
