using System.Globalization;
using Concord.Core.Access;
using Concord.Core.Data;
using Concord.Core.Records.Imports;
using Microsoft.Extensions.Options;

namespace Concord.Core.Records;

/// <summary>The file formats an import reads.</summary>
public enum ImportFormat
{
    UnList,
    Csv,
    Stix,
}

/// <summary>An import: the format, the kind (CSV), the owner organisation and what the file does not say.</summary>
public sealed record ImportRequest(ImportFormat Format, string Owner, ImportDefaults Defaults, string? CsvKind = null);

/// <summary>
/// Imports a file into the RATS database, all or nothing (UN consolidated list XML, CSV of persons or organisations,
/// STIX 2.1 bundle). Errors name the line or JSON path and the reason; when there is any, nothing is written.
/// </summary>
public sealed class ImportRecords(ConcordDbContext db, RecordImporter importer, IOptions<RecordsOptions> options)
{
    public static string Origin(ImportFormat format) => format switch
    {
        ImportFormat.UnList => RecordOrigins.UnList,
        ImportFormat.Csv => RecordOrigins.Csv,
        _ => RecordOrigins.Stix,
    };

    public async Task<Result<ImportOutcome>> ExecuteAsync(Caller caller, ImportRequest request, Stream content,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(content);
        var max = options.Value.ImportMaxBytes;
        progress?.Report(new ImportProgress("reading", 0, 1));
        var bytes = await ReadAsync(content, max, cancellationToken);
        if (bytes is null)
        {
            return ImportErrors.TooLarge(max);
        }
        var parsed = Parse(request, bytes, RecordStore.Today(db.Time), max);
        if (!parsed.IsSuccess)
        {
            return Result<ImportOutcome>.Failure(parsed.Errors);
        }
        return await importer.ExecuteAsync(caller, request.Owner, Origin(request.Format), parsed.Value, progress, cancellationToken);
    }

    /// <summary>Reads and maps a file without touching the database (also the entry point of the fuzz targets).</summary>
    public static Result<ParsedFile> Parse(ImportRequest request, byte[] bytes, DateOnly today, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(bytes);
        var defaults = request.Defaults with
        {
            ReviewDate = request.Defaults.ReviewDate.Length > 0 ? request.Defaults.ReviewDate : today.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Today = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        switch (request.Format)
        {
            case ImportFormat.UnList:
                using (var stream = new MemoryStream(bytes, writable: false))
                {
                    return UnListParser.Parse(stream, defaults, maxBytes);
                }
            case ImportFormat.Csv:
                if (!RecordCodes.TryParseKind(request.CsvKind, out var kind) || kind is not (RecordKind.Person or RecordKind.Organisation))
                {
                    return new Error("import-kind-invalid", "Say whether the CSV file holds persons or organisations (--kind person|organization).", "kind");
                }
                return CsvParser.Parse(bytes, kind, defaults with { Evaluation = defaults.Evaluation.Length > 0 ? defaults.Evaluation : "X3" });
            default:
                return StixParser.Parse(bytes, defaults);
        }
    }

    private static async Task<byte[]?> ReadAsync(Stream content, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
