using System.Globalization;
using Concord.Matching.Watchlists;

namespace Concord.Core.Records.Imports;

/// <summary>
/// Reads a CSV file (RFC 4180, UTF-8, header row) of persons or organisations. Lists inside a field are separated by
/// "|"; documents are "type:number:issuing-state", designations "by:YYYY-MM-DD:legal act". Columns the file lacks come
/// from the import defaults. An "id" column makes the import re-runnable (rows are matched to earlier imports by it).
/// </summary>
public static class CsvParser
{
    public static readonly IReadOnlyList<string> PersonColumns =
        ["id", "names", "birth_dates", "birth_place", "nationalities", "documents", "requested_action", "summary",
         "legal_basis", "legal_reference", "purpose", "handling", "handling_conditions", "evaluation", "source", "distribution", "states", "review_date"];

    public static readonly IReadOnlyList<string> OrganisationColumns =
        ["id", "names", "designations", "summary",
         "legal_basis", "legal_reference", "purpose", "handling", "handling_conditions", "evaluation", "source", "distribution", "states", "review_date"];

    public const int MaxFieldLength = 10_000;
    public const int MaxRows = 200_000;

    public static Result<ParsedFile> Parse(byte[] bytes, RecordKind kind, ImportDefaults defaults)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(defaults);
        if (kind is not (RecordKind.Person or RecordKind.Organisation))
        {
            return new Error("import-kind-invalid", "CSV files hold persons or organisations.", "kind");
        }
        var text = ImportErrors.DecodeUtf8(bytes);
        if (!text.IsSuccess)
        {
            return Result<ParsedFile>.Failure(text.Errors);
        }
        var allowed = kind == RecordKind.Person ? PersonColumns : OrganisationColumns;
        string[]? header = null;
        var items = new List<ImportItem>();
        var errors = new List<Error>();
        using var reader = new StringReader(text.Value);
        foreach (var (record, error, line) in DelimitedReader.Read(reader, ','))
        {
            var location = "line " + line.ToString(CultureInfo.InvariantCulture);
            if (error is not null || record is null)
            {
                errors.Add(ImportErrors.At(location, error ?? "unreadable row"));
                break;
            }
            if (header is null)
            {
                header = [.. record.Fields.Select(f => f.Trim().ToLowerInvariant())];
                foreach (var column in header)
                {
                    if (!allowed.Contains(column))
                    {
                        errors.Add(ImportErrors.At(location, $"unknown column '{RecordStore.Clip(column, 40)}'; the columns are: {string.Join(", ", allowed)}", "import-column-unknown"));
                    }
                }
                if (!header.Contains("names"))
                {
                    errors.Add(ImportErrors.At(location, "the header has no 'names' column", "import-column-missing"));
                }
                if (header.Distinct(StringComparer.Ordinal).Count() != header.Length)
                {
                    errors.Add(ImportErrors.At(location, "a column appears twice", "import-column-duplicate"));
                }
                if (errors.Count > 0)
                {
                    return Result<ParsedFile>.Failure(errors);
                }
                continue;
            }
            if (record.Fields.Count != header.Length)
            {
                errors.Add(ImportErrors.At(location, $"the row has {record.Fields.Count} fields, the header {header.Length}"));
                continue;
            }
            if (record.Fields.Any(f => f.Length > MaxFieldLength))
            {
                errors.Add(ImportErrors.At(location, $"a field is longer than {MaxFieldLength} characters", "text-too-long"));
                continue;
            }
            if (items.Count >= MaxRows)
            {
                errors.Add(ImportErrors.At(location, $"the file has more than {MaxRows} rows; split it", "import-too-large"));
                break;
            }
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = record.Fields[i].Trim();
            }
            items.Add(new ImportItem(Draft(row, kind, defaults), location, line));
            if (errors.Count >= 200)
            {
                break;
            }
        }
        if (errors.Count > 0)
        {
            return Result<ParsedFile>.Failure(errors);
        }
        return new ParsedFile(items, WithdrawMissing: false, "CSV of " + (kind == RecordKind.Person ? "persons" : "organisations"));
    }

    private static RecordDraft Draft(Dictionary<string, string> row, RecordKind kind, ImportDefaults d)
    {
        string Get(string column) => row.TryGetValue(column, out var v) ? v : "";
        string Or(string column, string fallback) => Get(column) is { Length: > 0 } v ? v : fallback;
        var names = Split(Get("names")).Select((n, i) => new RecordName(n, i == 0 ? RecordNameKinds.Primary : RecordNameKinds.Alias)).ToList();
        var details = kind == RecordKind.Person
            ? new RecordDetails
            {
                Names = names,
                Summary = Get("summary"),
                BirthDates = Split(Get("birth_dates")),
                BirthPlace = Get("birth_place"),
                Nationalities = [.. Split(Get("nationalities")).Select(n => n.ToUpperInvariant())],
                Documents = [.. Split(Get("documents")).Select(Document)],
                RequestedAction = Or("requested_action", RecordCodes.Of(RequestedAction.Inform)),
            }
            : new RecordDetails
            {
                Names = names,
                Summary = Get("summary"),
                Designations = [.. Split(Get("designations")).Select(Designation)],
            };
        var states = Get("states");
        return new RecordDraft
        {
            Kind = RecordCodes.Of(kind),
            Details = details,
            ExternalId = Get("id"),
            LegalBasis = Or("legal_basis", d.LegalBasis),
            LegalReference = Get("legal_reference"),
            Purpose = Or("purpose", d.Purpose),
            HandlingCode = Or("handling", d.HandlingCode),
            HandlingConditions = Or("handling_conditions", d.HandlingConditions),
            Evaluation = Or("evaluation", d.Evaluation),
            Source = Or("source", d.Source),
            Distribution = Or("distribution", d.Distribution),
            DistributionStates = states.Length > 0 ? Split(states) : d.DistributionStates,
            ReviewDate = Or("review_date", d.ReviewDate),
        };
    }

    private static IdentityDocument Document(string text)
    {
        var parts = text.Split(':', 3);
        return parts.Length switch
        {
            1 => new IdentityDocument("passport", parts[0].Trim()),
            2 => new IdentityDocument(parts[0].Trim(), parts[1].Trim()),
            _ => new IdentityDocument(parts[0].Trim(), parts[1].Trim(), parts[2].Trim()),
        };
    }

    private static Designation Designation(string text)
    {
        var parts = text.Split(':', 3);
        return parts.Length == 3 ? new Designation(parts[0].Trim(), parts[1].Trim(), parts[2].Trim()) : new Designation(parts[0].Trim(), "", parts.Length > 1 ? parts[1].Trim() : "");
    }

    private static List<string> Split(string text) =>
        text.Length == 0 ? [] : [.. text.Split('|').Select(s => s.Trim()).Where(s => s.Length > 0)];
}
