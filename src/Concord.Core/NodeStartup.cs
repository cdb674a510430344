using Concord.Core.Accounts;
using Concord.Core.Data;
using Concord.Core.Reference;
using Microsoft.Extensions.Options;

namespace Concord.Core;

/// <summary>Raised when reference data is invalid: start-up stops and the message lists file, line, field and reason.</summary>
public sealed class ReferenceDataException(IReadOnlyList<Error> errors)
    : Exception("The reference data is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e.Message)))
{
    public IReadOnlyList<Error> Errors { get; } = errors;
}

/// <summary>What start-up did, and how long each step took (printed by the node, recorded in docs/benchmarks.md).</summary>
public sealed record StartupReport(LoadReferenceData.Outcome Reference, IReadOnlyList<CreatedAccount> DemoAccounts, IReadOnlyList<(string Step, TimeSpan Took)> Steps);

/// <summary>What a node does before it serves: migrate the database, load reference data, ensure roles, create demo accounts.</summary>
public sealed class NodeStartup(
    DatabaseMigrator migrator,
    LoadReferenceData loadReferenceData,
    EnsureRoles ensureRoles,
    CreateDemoAccounts createDemoAccounts,
    IOptions<NodeOptions> options)
{
    public async Task<StartupReport> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var steps = new List<(string, TimeSpan)>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        void Step(string name)
        {
            steps.Add((name, watch.Elapsed));
            watch.Restart();
        }
        var set = ReadReferenceData(options.Value);
        Step("read reference data");
        await migrator.MigrateAsync(cancellationToken);
        Step("migrate");
        var reference = await loadReferenceData.ExecuteAsync(set, cancellationToken);
        Step("load reference data");
        await ensureRoles.ExecuteAsync();
        var demo = options.Value.Demo ? await createDemoAccounts.ExecuteAsync(cancellationToken) : [];
        Step("accounts");
        return new StartupReport(reference, demo, steps);
    }

    public static ReferenceDataSet ReadReferenceData(NodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = string.IsNullOrWhiteSpace(options.ReferenceDataDirectory)
            ? ReferenceDataReader.ReadEmbedded()
            : ReferenceDataReader.ReadDirectory(options.ReferenceDataDirectory);
        return result.IsSuccess ? result.Value : throw new ReferenceDataException(result.Errors);
    }
}
