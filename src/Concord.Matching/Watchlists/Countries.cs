using Concord.Matching.Data;

namespace Concord.Matching.Watchlists;

/// <summary>Country names as sanctions lists write them → ISO 3166-1 alpha-2 (data/countries.tsv).</summary>
public static class Countries
{
    private static readonly Lazy<(Dictionary<string, string> ByName, HashSet<string> Codes)> Table = new(Load);

    /// <summary>The code for a country name or code ("Russian Federation", "Iran (Islamic Republic of)", "RU"), or null.</summary>
    public static string? ToCode(string? nameOrCode)
    {
        if (string.IsNullOrWhiteSpace(nameOrCode))
        {
            return null;
        }
        var text = nameOrCode.Trim();
        if (text.Length == 2 && Table.Value.Codes.Contains(text.ToUpperInvariant()))
        {
            return text.ToUpperInvariant();
        }
        return Table.Value.ByName.GetValueOrDefault(Key(text));
    }

    /// <summary>True for a known ISO 3166-1 alpha-2 code.</summary>
    public static bool IsCode(string code) => code.Length == 2 && Table.Value.Codes.Contains(code.ToUpperInvariant());

    private static string Key(string name) => string.Concat(name.Where(char.IsLetter)).ToUpperInvariant();

    private static (Dictionary<string, string>, HashSet<string>) Load()
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DataFile.Rows("countries.tsv"))
        {
            if (row.Length < 2)
            {
                continue;
            }
            codes.Add(row[0]);
            foreach (var name in row[1].Split('|'))
            {
                byName.TryAdd(Key(name), row[0]);
            }
        }
        return (byName, codes);
    }
}
