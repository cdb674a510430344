using System.Globalization;

namespace Concord.Matching.Model;

/// <summary>A date that may be known only to the year or month (dates of birth in lists often are).</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null)
{
    /// <summary>Parses "1971", "1971-03", "1971-03-05" (ISO 8601).</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1000 or > 2999)
        {
            return false;
        }
        int? month = null, day = null;
        if (parts.Length >= 2)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
            {
                return false;
            }
            month = m;
        }
        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }
            day = d;
        }
        date = new PartialDate(year, month, day);
        return true;
    }

    public override string ToString() => Day is not null
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}")
        : Month is not null
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}")
            : Year.ToString("D4", CultureInfo.InvariantCulture);
}
