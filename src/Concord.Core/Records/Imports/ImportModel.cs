namespace Concord.Core.Records.Imports;

/// <summary>One record read from a file, with where it came from ("line 12", "$.objects[3]").</summary>
public sealed record ImportItem(RecordDraft Draft, string Location, int Line)
{
    /// <summary>The record id to keep when the file came from another Concord node and the id is free here (so links survive).</summary>
    public string? PreferredId { get; init; }
}

/// <summary>What a parser read: the items, and whether records of the same origin that the file no longer holds are withdrawn.</summary>
public sealed record ParsedFile(IReadOnlyList<ImportItem> Items, bool WithdrawMissing, string Description);

/// <summary>What the file does not say, supplied by the importer (CLI options, API query, UI form).</summary>
public sealed record ImportDefaults
{
    public string HandlingCode { get; init; } = "H0";
    public string HandlingConditions { get; init; } = "";
    public string Evaluation { get; init; } = "";
    public string Distribution { get; init; } = "all-members";
    public IReadOnlyList<string> DistributionStates { get; init; } = [];
    public string LegalBasis { get; init; } = "";
    public string Purpose { get; init; } = "";
    public string Source { get; init; } = "";
    /// <summary>"YYYY-MM-DD"; empty: one year from today.</summary>
    public string ReviewDate { get; init; } = "";
    /// <summary>"YYYY-MM-DD" of the import: review dates in a file that are not after it take <see cref="ReviewDate"/>.</summary>
    public string Today { get; init; } = "";
}

/// <summary>How far an import has come (for the progress bar).</summary>
public sealed record ImportProgress(string Phase, int Done, int Total);

/// <summary>What an import did.</summary>
public sealed record ImportOutcome(int Created, int Updated, int Unchanged, int Withdrawn, int Restored, string Owner, string Description)
{
    public int Total => Created + Updated + Unchanged + Restored;
}

/// <summary>Reading problems. Each names the line or JSON path and the reason; any of them means nothing is imported.</summary>
public static class ImportErrors
{
    public static Error At(string location, string reason, string code = "import-invalid") =>
        new(code, location.Length > 0 ? location + ": " + reason : reason, location);

    public static readonly Error Empty = new("import-empty", "The file holds no records.");

    public static Error TooLarge(long max) => new("import-too-large", $"The file is larger than {max} bytes.");

    public static Error UnknownOwner(string owner) => new("import-owner-unknown", $"There is no agency or permanent body '{RecordStore.Clip(owner, 64)}' to own the records.", "owner");

    /// <summary>Bytes that are not UTF-8: the line of the first bad byte.</summary>
    public static Result<string> DecodeUtf8(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return new System.Text.UTF8Encoding(false, true).GetString(bytes, start, bytes.Length - start);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            var index = Math.Clamp(e.Index, 0, bytes.Length);
            var line = 1 + bytes.AsSpan(0, index).Count((byte)'\n');
            return At("line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), "the file is not UTF-8 text (save it as UTF-8)", "import-encoding");
        }
    }
}
