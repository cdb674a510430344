using Concord.Matching.Model;

namespace Concord.Matching.Watchlists;

/// <summary>The ';'-separated date-of-birth and nationality fields of watch-list and input rows.</summary>
public static class ListFields
{
    /// <summary>Adds the dates of a field ("1971; 1972-03-05") to <paramref name="dates"/>; returns the reason if one is not a date.</summary>
    public static string? BirthDates(string field, List<PartialDate> dates)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(dates);
        foreach (var text in field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!PartialDate.TryParse(text, out var date))
            {
                return $"birth_date '{text}' is not an ISO date (YYYY-MM-DD) or year";
            }
            dates.Add(date);
        }
        return null;
    }

    /// <summary>Adds the ISO codes of a field ("RU; Kazakhstan") to <paramref name="codes"/>; returns the reason if one is not a country.</summary>
    public static string? Nationalities(string field, List<string> codes)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(codes);
        foreach (var text in field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Countries.ToCode(text) is not { } code)
            {
                return $"nationality '{text}' is not an ISO 3166-1 alpha-2 code or a known country name";
            }
            codes.Add(code);
        }
        return null;
    }
}
