using System.Globalization;

namespace Concord.Web.Pages.Messages;

/// <summary>How message pages show times: UTC, ISO-like, the same in every language.</summary>
public static class MessageFormat
{
    public static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Size(long bytes) => bytes < 1024
        ? bytes.ToString(CultureInfo.InvariantCulture) + " B"
        : bytes < 1024 * 1024 ? (bytes / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " KiB" : (bytes / (1024.0 * 1024)).ToString("F1", CultureInfo.InvariantCulture) + " MiB";
}
