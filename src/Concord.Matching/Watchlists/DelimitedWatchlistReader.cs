using System.Text;
using Concord.Matching.Model;

namespace Concord.Matching.Watchlists;

/// <summary>
/// CSV or TSV watch list with a header: id, name (required), aliases (';'-separated), birth_date
/// (ISO date or year; several ';'-separated), nationality (ISO 3166-1 alpha-2 or a country name; ';'-separated),
/// type (person|organization).
/// </summary>
public static class DelimitedWatchlistReader
{
    public static ReadResult<WatchlistEntry> Read(string path, char separator, bool strict)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, Path.GetFileName(path), separator, strict);
    }

    public static ReadResult<WatchlistEntry> Read(TextReader reader, string fileName, char separator, bool strict)
    {
        var entries = new List<WatchlistEntry>();
        var errors = new List<ReadError>();
        Dictionary<string, int>? columns = null;
        foreach (var (record, error, line) in DelimitedReader.Read(reader, separator))
        {
            if (record is null)
            {
                errors.Add(new ReadError(fileName, line, error!));
                break;
            }
            if (columns is null)
            {
                columns = Header(record.Fields);
                if (!columns.ContainsKey("id") || !columns.ContainsKey("name"))
                {
                    errors.Add(new ReadError(fileName, line, "the header must name the columns id and name"));
                    return new ReadResult<WatchlistEntry>(entries, errors) { Failed = true };
                }
                continue;
            }
            var (entry, reason) = Entry(record.Fields, columns);
            if (entry is null)
            {
                errors.Add(new ReadError(fileName, line, reason!));
                if (strict)
                {
                    break;
                }
                continue;
            }
            entries.Add(entry);
        }
        if (columns is null)
        {
            errors.Add(new ReadError(fileName, 0, "the file is empty (no header)"));
            return new ReadResult<WatchlistEntry>(entries, errors) { Failed = true };
        }
        return new ReadResult<WatchlistEntry>(entries, errors);
    }

    internal static Dictionary<string, int> Header(IReadOnlyList<string> fields)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            var name = fields[i].Trim().TrimStart('\uFEFF').ToLowerInvariant();
            columns.TryAdd(name, i);
        }
        return columns;
    }

    private static string Field(IReadOnlyList<string> fields, Dictionary<string, int> columns, string name) =>
        columns.TryGetValue(name, out var i) && i < fields.Count ? fields[i].Trim() : "";

    private static (WatchlistEntry? Entry, string? Reason) Entry(IReadOnlyList<string> fields, Dictionary<string, int> columns)
    {
        var id = Field(fields, columns, "id");
        var name = Field(fields, columns, "name");
        if (id.Length == 0)
        {
            return (null, "id is empty");
        }
        if (name.Length == 0)
        {
            return (null, $"name is empty (id {id})");
        }
        var names = new List<WatchlistName> { new(name) };
        foreach (var alias in Field(fields, columns, "aliases").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            names.Add(new WatchlistName(alias, NameKind.Alias));
        }
        var dates = new List<PartialDate>();
        var nationalities = new List<string>();
        if ((ListFields.BirthDates(Field(fields, columns, "birth_date"), dates) ?? ListFields.Nationalities(Field(fields, columns, "nationality"), nationalities)) is { } bad)
        {
            return (null, bad);
        }
        var typeText = Field(fields, columns, "type").ToLowerInvariant();
        EntityKind kind;
        switch (typeText)
        {
            case "":
                kind = EntityKind.Unknown;
                break;
            case "person" or "individual":
                kind = EntityKind.Person;
                break;
            case "organization" or "organisation" or "entity":
                kind = EntityKind.Organization;
                break;
            default:
                return (null, $"type '{typeText}' is not person or organization");
        }
        var documents = Field(fields, columns, "document").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (new WatchlistEntry(id, kind, names) { BirthDates = dates, Nationalities = nationalities, DocumentNumbers = documents }, null);
    }
}
