using System.Globalization;

namespace Concord.Core;

/// <summary>A text in the three working languages of the platform: English, Chinese, Russian.</summary>
public sealed record LocalizedText(string En, string Zh, string Ru)
{
    public static readonly IReadOnlyList<string> Languages = ["en", "zh", "ru"];

    /// <summary>The text in the given language ("en", "zh", "ru"; a culture such as zh-CN also works), English otherwise.</summary>
    public string In(string language) => LanguageOf(language) switch
    {
        "zh" => Zh,
        "ru" => Ru,
        _ => En,
    };

    public string In(CultureInfo culture) => In(culture.Name);

    /// <summary>The platform language for a culture name: "zh", "ru" or "en".</summary>
    public static string LanguageOf(string cultureName)
    {
        if (cultureName.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return "zh";
        }
        return cultureName.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? "ru" : "en";
    }
}
