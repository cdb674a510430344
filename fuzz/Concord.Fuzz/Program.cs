using Concord.Core.Records;
using Concord.Core.Records.Imports;
using SharpFuzz;

// One target per importer: the bytes AFL++ produces go through the same parser and rules as an import, without a
// database. Expected failures are values (Result errors); any exception escaping is a crash AFL++ records.
// Usage: Concord.Fuzz un-list|csv|stix [FILE]  (with FILE: run once on it, to reproduce a crash; use the
// uninstrumented build for that: dotnet run --project fuzz/Concord.Fuzz -- TARGET FILE)
if (args.Length == 0 || !Targets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine("usage: Concord.Fuzz un-list|csv|stix [FILE]");
    return 2;
}
if (args.Length > 1)
{
    target(File.ReadAllBytes(args[1]));
    Console.WriteLine("no crash");
    return 0;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;

/// <summary>The fuzz targets, by importer.</summary>
internal static class Targets
{
    private static readonly DateOnly Today = new(2026, 1, 1);

    // Nothing from the instrumented assemblies may run before AFL++'s shared memory is attached (inside Fuzzer.Run),
    // so the requests are made per input.
    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["un-list"] = bytes => Check(ImportFormat.UnList, null, bytes),
        ["csv"] = bytes => Check(ImportFormat.Csv, "person", bytes),
        ["stix"] = bytes => Check(ImportFormat.Stix, null, bytes),
    };

    private static void Check(ImportFormat format, string? kind, byte[] bytes) =>
        Check(new ImportRequest(format, "owner", new ImportDefaults { LegalBasis = "fuzz", Purpose = "fuzz", Evaluation = "X4" }, kind), bytes);

    private static void Check(ImportRequest request, byte[] bytes)
    {
        var parsed = ImportRecords.Parse(request, bytes, Today, 1 << 20);
        if (!parsed.IsSuccess)
        {
            return;
        }
        // What was read must also pass through the record rules without throwing.
        foreach (var item in parsed.Value.Items)
        {
            _ = RecordRules.Validate(item.Draft, Today);
        }
    }
}
