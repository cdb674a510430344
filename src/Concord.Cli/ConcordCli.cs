using System.CommandLine;
using Concord.Cli.Accounts;
using Concord.Cli.Audit;
using Concord.Cli.Hosting;
using Concord.Cli.Records;
using Concord.Cli.Network;
using Concord.Cli.Reference;
using Concord.Core;
using Microsoft.Extensions.Options;

namespace Concord.Cli;

/// <summary>The `concord` command tree. Each feature adds its command from its own folder.</summary>
public static class ConcordCli
{
    /// <summary>Exit codes shared by every command.</summary>
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int UsageError = 2;

    public static RootCommand Build()
    {
        var root = new RootCommand("Concord: operator commands for an SCO security-cooperation node. "
            + "Configuration as for the node: appsettings.json, environment variables (Storage__DataDirectory=...), or --Storage:DataDirectory=...");
        root.Subcommands.Add(AdminCreateCommand.Create());
        root.Subcommands.Add(AuditVerifyCommand.Create());
        root.Subcommands.Add(ReferenceValidateCommand.Create());
        root.Subcommands.Add(RecordsCommands.Import());
        root.Subcommands.Add(RecordsCommands.Export());
        root.Subcommands.Add(Screening.ScreenCommand.Create());
        root.Subcommands.Add(NetworkInitCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var rest = CliHost.TakeConfigurationArguments(args);
        var root = Build();
        var parse = root.Parse(rest);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }
            return UsageError;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync("error: the configuration is invalid:");
            foreach (var failure in e.Failures)
            {
                await Console.Error.WriteLineAsync("  " + failure);
            }
            return InputErrors;
        }
        catch (ReferenceDataException e)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message);
            return InputErrors;
        }
    }
}
