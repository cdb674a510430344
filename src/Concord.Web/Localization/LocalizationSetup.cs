using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Concord.Web.Localization;

public static class LocalizationSetup
{
    public static readonly IReadOnlyList<string> Languages = ["zh", "ru", "en"];
    public const string CookieName = "concord.lang";

    /// <summary>Chinese, Russian and English; the language cookie first, then the browser's Accept-Language, then English.</summary>
    public static IServiceCollection AddConcordLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Languages.Select(CultureInfo.GetCultureInfo).ToList();
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>The platform language of the current UI culture: "zh", "ru" or "en".</summary>
    public static string CurrentLanguage => Core.LocalizedText.LanguageOf(CultureInfo.CurrentUICulture.Name);
}
