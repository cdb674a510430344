using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Concord.Web.Accounts;

public static class AuthenticationSetup
{
    /// <summary>The API accepts API tokens only, so that browsers' cookies can never be used against it (no CSRF).</summary>
    public const string ApiPolicy = "api";

    public static IServiceCollection AddConcordAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
            .AddIdentityCookies(cookies =>
            {
                cookies.ApplicationCookie?.Configure(o =>
                {
                    o.Cookie.Name = "concord.auth";
                    o.Cookie.HttpOnly = true;
                    o.Cookie.SameSite = SameSiteMode.Strict;
                    o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                    o.LoginPath = "/Account/SignIn";
                    o.LogoutPath = "/Account/SignOut";
                    o.AccessDeniedPath = "/Account/AccessDenied";
                    o.ExpireTimeSpan = TimeSpan.FromHours(8);
                    o.SlidingExpiration = true;
                });
                cookies.TwoFactorUserIdCookie?.Configure(o => o.Cookie.Name = "concord.2fa");
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(ApiTokenHandler.SchemeName).RequireAuthenticatedUser());
        return services;
    }
}
