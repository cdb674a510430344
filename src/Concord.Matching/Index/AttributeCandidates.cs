using Concord.Matching.Model;
using Concord.Matching.Scoring;

namespace Concord.Matching.Index;

/// <summary>
/// Finds entries by what the query gives besides the name: the same full date of birth (or the
/// same day and month swapped), the same year of birth and nationality, or the same document number. A listed person who uses a name
/// unrelated to the listed ones (a nom de guerre, a new identity) is then still put before the
/// analyst, scored by that evidence alone (below the alert threshold unless the name also matches).
/// A date or number shared by more than <see cref="MaxPerKey"/> entries (placeholders such as
/// 1 January) says nothing and is not used.
/// </summary>
internal sealed class AttributeCandidates
{
    /// <summary>Keys shared by more entries than this are not used to find candidates.</summary>
    public const int MaxPerKey = 24;

    private readonly Dictionary<int, int[]> _byBirthDay;
    private readonly Dictionary<string, int[]> _byYearAndNationality;
    private readonly Dictionary<string, int[]> _byDocument;

    private AttributeCandidates(Dictionary<int, int[]> byBirthDay, Dictionary<string, int[]> byYearAndNationality, Dictionary<string, int[]> byDocument)
    {
        _byBirthDay = byBirthDay;
        _byYearAndNationality = byYearAndNationality;
        _byDocument = byDocument;
    }

    public static AttributeCandidates Build(IReadOnlyList<WatchlistEntry> entries)
    {
        var days = new Dictionary<int, List<int>>();
        var years = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var documents = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < entries.Count; e++)
        {
            foreach (var date in entries[e].BirthDates)
            {
                if (DayKey(date) is { } key)
                {
                    AddOnce(days, key, e);
                }
                foreach (var nationality in entries[e].Nationalities)
                {
                    AddOnce(years, YearKey(date.Year, nationality), e);
                }
            }
            foreach (var document in entries[e].DocumentNumbers)
            {
                var key = AttributeScorer.Normalize(document);
                if (key.Length >= AttributeScorer.MinDocumentLength)
                {
                    AddOnce(documents, key, e);
                }
            }
        }
        return new AttributeCandidates(Usable(days), Usable(years), Usable(documents));
    }

    /// <summary>Adds to <paramref name="found"/> the entries the query's dates of birth (alone, or their year with a nationality) or document number point to.</summary>
    public void Collect(ScreeningQuery query, List<int> found)
    {
        foreach (var date in query.BirthDates)
        {
            if (DayKey(date) is { } key)
            {
                Add(_byBirthDay, key, found);
                if (date.Day is { } day && day <= 12 && day != date.Month)
                {
                    Add(_byBirthDay, Key(date.Year, day, date.Month!.Value), found);
                }
            }
            foreach (var nationality in query.Nationalities)
            {
                Add(_byYearAndNationality, YearKey(date.Year, nationality), found);
            }
        }
        if (!string.IsNullOrWhiteSpace(query.DocumentNumber))
        {
            var document = AttributeScorer.Normalize(query.DocumentNumber);
            if (document.Length >= AttributeScorer.MinDocumentLength)
            {
                Add(_byDocument, document, found);
            }
        }
    }

    private static int? DayKey(PartialDate date) =>
        date.Month is { } month && date.Day is { } day ? Key(date.Year, month, day) : null;

    private static string YearKey(int year, string nationality) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year}{nationality}");

    private static int Key(int year, int month, int day) => (year * 100 + month) * 100 + day;

    private static void AddOnce<TKey>(Dictionary<TKey, List<int>> map, TKey key, int entry)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        if (list.Count == 0 || list[^1] != entry)
        {
            list.Add(entry);
        }
    }

    private static Dictionary<TKey, int[]> Usable<TKey>(Dictionary<TKey, List<int>> map)
        where TKey : notnull =>
        map.Where(kv => kv.Value.Count <= MaxPerKey).ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), map.Comparer);

    private static void Add<TKey>(Dictionary<TKey, int[]> map, TKey key, List<int> found)
        where TKey : notnull
    {
        if (map.TryGetValue(key, out var entries))
        {
            foreach (var e in entries)
            {
                if (!found.Contains(e))
                {
                    found.Add(e);
                }
            }
        }
    }
}
