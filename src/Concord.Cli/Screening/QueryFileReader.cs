using System.Text;
using Concord.Matching.Model;
using Concord.Matching.Watchlists;

namespace Concord.Cli.Screening;

/// <summary>One row of the input file: its id and the query.</summary>
public sealed record InputRow(string QueryId, ScreeningQuery Query);

/// <summary>
/// Reads the names to screen: CSV or TSV with a header query_id,name and optional birth_date
/// (ISO date or year; several ';'-separated), nationality (ISO 3166-1 alpha-2 or a country name;
/// several ';'-separated), document and type (person|organization).
/// </summary>
public static class QueryFileReader
{
    public static ReadResult<InputRow> Read(string path, bool strict)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return new ReadResult<InputRow>([], [new ReadError(path, 0, "file not found")]) { Failed = true };
        }
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var firstLine = reader.ReadLine() ?? "";
        var separator = path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || (firstLine.Contains('\t', StringComparison.Ordinal) && !firstLine.Contains(',', StringComparison.Ordinal)) ? '\t' : ',';
        reader.BaseStream.Position = 0;
        reader.DiscardBufferedData();
        var rows = new List<InputRow>();
        var errors = new List<ReadError>();
        Dictionary<string, int>? columns = null;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (record, error, line) in DelimitedReader.Read(reader, separator))
        {
            if (record is null)
            {
                errors.Add(new ReadError(file, line, error!));
                break;
            }
            if (columns is null)
            {
                columns = Header(record.Fields);
                if (!columns.ContainsKey("query_id") || !columns.ContainsKey("name"))
                {
                    errors.Add(new ReadError(file, line, "the header must name the columns query_id and name"));
                    return new ReadResult<InputRow>(rows, errors) { Failed = true };
                }
                continue;
            }
            var (row, reason) = Row(record.Fields, columns);
            if (row is not null && !ids.Add(row.QueryId))
            {
                reason = $"query_id {row.QueryId} appears more than once";
                row = null;
            }
            if (row is null)
            {
                errors.Add(new ReadError(file, line, reason!));
                if (strict)
                {
                    break;
                }
                continue;
            }
            rows.Add(row);
        }
        if (columns is null)
        {
            errors.Add(new ReadError(file, 0, "the file is empty (no header)"));
            return new ReadResult<InputRow>(rows, errors) { Failed = true };
        }
        return new ReadResult<InputRow>(rows, errors);
    }

    private static Dictionary<string, int> Header(IReadOnlyList<string> fields)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            columns.TryAdd(fields[i].Trim().TrimStart('\uFEFF').ToLowerInvariant(), i);
        }
        return columns;
    }

    private static string Field(IReadOnlyList<string> fields, Dictionary<string, int> columns, string name) =>
        columns.TryGetValue(name, out var i) && i < fields.Count ? fields[i].Trim() : "";

    private static (InputRow?, string?) Row(IReadOnlyList<string> fields, Dictionary<string, int> columns)
    {
        var id = Field(fields, columns, "query_id");
        var name = Field(fields, columns, "name");
        if (id.Length == 0)
        {
            return (null, "query_id is empty");
        }
        if (name.Length == 0)
        {
            return (null, $"name is empty (query_id {id})");
        }
        var births = new List<PartialDate>();
        var nationalities = new List<string>();
        if ((ListFields.BirthDates(Field(fields, columns, "birth_date"), births) ?? ListFields.Nationalities(Field(fields, columns, "nationality"), nationalities)) is { } bad)
        {
            return (null, bad);
        }
        var kind = Field(fields, columns, "type").ToLowerInvariant() switch
        {
            "person" or "individual" => EntityKind.Person,
            "organization" or "organisation" or "entity" => EntityKind.Organization,
            _ => EntityKind.Unknown,
        };
        var document = Field(fields, columns, "document");
        var query = new ScreeningQuery(name, births.Count > 0 ? births[0] : null, nationalities.Count > 0 ? nationalities[0] : null, document.Length > 0 ? document : null, kind)
        {
            OtherBirthDates = births.Skip(1).ToList(),
            OtherNationalities = nationalities.Skip(1).ToList(),
        };
        return (new InputRow(id, query), null);
    }
}
