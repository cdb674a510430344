using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Web.Localization;

public static class LanguageEndpoints
{
    /// <summary>POST /language (form: lang, returnUrl) remembers the choice in a cookie for a year and goes back.</summary>
    public static WebApplication MapLanguageEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/language", ([FromForm] string lang, [FromForm] string? returnUrl, HttpContext context) =>
        {
            if (LocalizationSetup.Languages.Contains(lang))
            {
                context.Response.Cookies.Append(
                    LocalizationSetup.CookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(lang)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            }
            var target = !string.IsNullOrEmpty(returnUrl) && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                ? returnUrl
                : "/";
            return Results.LocalRedirect(target);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
