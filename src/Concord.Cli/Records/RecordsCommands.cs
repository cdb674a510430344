using System.CommandLine;
using Concord.Cli.Hosting;
using Concord.Core.Access;
using Concord.Core.Audit;
using Concord.Core.Data;
using Concord.Core.Directory;
using Concord.Core.Records;
using Concord.Core.Records.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Cli.Records;

/// <summary>
/// `concord import un-list|csv|stix FILE` and `concord export stix`: the same use cases as the API. The operator acts
/// for an owner organisation (--owner, default the RATS Executive Committee); every write and export is audited under
/// the operator's OS account. Imports are all or nothing; errors name the line or JSON path.
/// </summary>
public static class RecordsCommands
{
    public static Command Import()
    {
        var import = new Command("import", "Import records into the RATS database (all or nothing). Exit 0 done, 1 errors in the file or no database.");
        import.Subcommands.Add(ImportCommand("un-list", "The UN Security Council consolidated list (XML). Re-runnable: updates what changed, withdraws what was delisted.", ImportFormat.UnList, withKind: false));
        import.Subcommands.Add(ImportCommand("csv", "A CSV file of persons or organisations (header row; see docs/records.md).", ImportFormat.Csv, withKind: true));
        import.Subcommands.Add(ImportCommand("stix", "A STIX 2.1 bundle (identity, threat-actor, intrusion-set, indicator, report).", ImportFormat.Stix, withKind: false));
        return import;
    }

    public static Command Export()
    {
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the bundle to this file (default: standard output)." };
        var owner = new Option<string>("--owner") { Description = "Export the records of this organisation.", DefaultValueFactory = _ => RecordCodes.RatsOrganisationId };
        var kind = new Option<string?>("--kind") { Description = "Only this kind: person, organisation, incident, material." };
        var stix = new Command("stix", "Export the owner's active records as a STIX 2.1 bundle.") { output, owner, kind };
        stix.SetAction(async (parse, ct) =>
        {
            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            var (caller, error) = await OperatorForAsync(scope.ServiceProvider, parse.GetValue(owner)!, ct);
            if (caller is null)
            {
                await Console.Error.WriteLineAsync("error: " + error);
                return ConcordCli.InputErrors;
            }
            var result = await scope.ServiceProvider.GetRequiredService<ExportStix>()
                .ExecuteAsync(caller, new StixExportQuery(parse.GetValue(owner), parse.GetValue(kind), "export from the console"), ct);
            if (!result.IsSuccess)
            {
                await Console.Error.WriteLineAsync("error: " + result.Errors[0].Message);
                return ConcordCli.InputErrors;
            }
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllBytesAsync(file.FullName, result.Value.Json, ct);
                Console.WriteLine($"exported {result.Value.Records} records to {file.FullName}");
            }
            else
            {
                await using var stdout = Console.OpenStandardOutput();
                await stdout.WriteAsync(result.Value.Json, ct);
            }
            return ConcordCli.Success;
        });
        return new Command("export", "Export records of the RATS database.") { stix };
    }

    private static Command ImportCommand(string name, string description, ImportFormat format, bool withKind)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The file to import." };
        var owner = new Option<string>("--owner") { Description = "The organisation that owns the imported records.", DefaultValueFactory = _ => RecordCodes.RatsOrganisationId };
        var kind = new Option<string>("--kind") { Description = "person or organization (CSV only).", Required = withKind };
        var handling = new Option<string>("--handling") { Description = "Handling code where the file gives none (H0-H3).", DefaultValueFactory = _ => "H0" };
        var conditions = new Option<string?>("--handling-conditions") { Description = "The restrictions in words, for H3." };
        var evaluation = new Option<string?>("--evaluation") { Description = "Evaluation where the file gives none (e.g. B2)." };
        var distribution = new Option<string>("--distribution") { Description = "all-members, listed-states, rats-only or owner-only.", DefaultValueFactory = _ => "all-members" };
        var states = new Option<string?>("--states") { Description = "Comma-separated member states, for listed-states." };
        var legalBasis = new Option<string?>("--legal-basis") { Description = "Legal basis where the file gives none." };
        var purpose = new Option<string?>("--purpose") { Description = "Purpose of the records where the file gives none." };
        var review = new Option<string?>("--review-date") { Description = "Review date YYYY-MM-DD (default: in one year)." };
        var command = new Command(name, description) { file, owner, handling, conditions, evaluation, distribution, states, legalBasis, purpose, review };
        if (withKind)
        {
            command.Options.Add(kind);
        }
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"error: {path.FullName} does not exist");
                return ConcordCli.InputErrors;
            }
            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ConcordDbContext>();
            if (!await CliHost.HasDatabaseAsync(db, ct))
            {
                await Console.Error.WriteLineAsync("error: " + CliHost.NoDatabase);
                return ConcordCli.InputErrors;
            }
            var defaults = new ImportDefaults
            {
                HandlingCode = parse.GetValue(handling)!,
                HandlingConditions = parse.GetValue(conditions) ?? "",
                Evaluation = parse.GetValue(evaluation) ?? "",
                Distribution = parse.GetValue(distribution)!,
                DistributionStates = parse.GetValue(states) is { Length: > 0 } s ? s.Split(',', StringSplitOptions.TrimEntries) : [],
                LegalBasis = parse.GetValue(legalBasis) ?? "",
                Purpose = parse.GetValue(purpose) ?? "",
                ReviewDate = parse.GetValue(review) ?? "",
            };
            var request = new ImportRequest(format, parse.GetValue(owner)!, defaults, withKind ? parse.GetValue(kind) : null);
            await using var stream = path.OpenRead();
            var result = await scope.ServiceProvider.GetRequiredService<ImportRecords>().ExecuteAsync(CliHost.Operator, request, stream, null, ct);
            if (!result.IsSuccess)
            {
                await Console.Error.WriteLineAsync($"error: nothing was imported from {path.Name}:");
                foreach (var e in result.Errors)
                {
                    await Console.Error.WriteLineAsync("  " + path.Name + ": " + e.Message);
                }
                return ConcordCli.InputErrors;
            }
            var o = result.Value;
            Console.WriteLine($"imported {o.Description} for {o.Owner}: {o.Created} created, {o.Updated} updated, {o.Unchanged} unchanged, {o.Restored} restored, {o.Withdrawn} withdrawn");
            return ConcordCli.Success;
        });
        return command;
    }

    /// <summary>The console operator acting for an owner organisation (for exports, which pass on that organisation's records).</summary>
    private static async Task<(Caller? Caller, string Error)> OperatorForAsync(IServiceProvider services, string owner, CancellationToken ct)
    {
        var db = services.GetRequiredService<ConcordDbContext>();
        if (!await CliHost.HasDatabaseAsync(db, ct))
        {
            return (null, CliHost.NoDatabase);
        }
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == owner, ct);
        if (organisation is null || !organisation.CanHaveUsers)
        {
            return (null, $"there is no agency or permanent body '{owner}'.");
        }
        var op = CliHost.Operator;
        return (new Caller(new Subject(op.Subject.UserId, organisation.Id, organisation.StateCode, Role.Officer | Role.Administrator),
            new Actor(op.Actor.Id, op.Actor.Name, organisation.Id), op.Client), "");
    }
}
