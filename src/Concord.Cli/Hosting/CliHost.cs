using Concord.Core;
using Concord.Core.Access;
using Concord.Core.Accounts;
using Concord.Core.Audit;
using Concord.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concord.Cli.Hosting;

/// <summary>
/// The services a command needs, configured exactly as the node is: appsettings.json, environment variables
/// (Storage__DataDirectory=...) and configuration arguments (--Storage:DataDirectory=...).
/// </summary>
public static class CliHost
{
    /// <summary>Configuration arguments given on the command line, set aside before System.CommandLine parses the rest.</summary>
    private static readonly AsyncLocal<string[]> ConfigurationArguments = new();

    /// <summary>Splits "--Section:Key=value" and "--Section:Key value" from the command's own arguments.</summary>
    public static string[] TakeConfigurationArguments(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var config = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':', StringComparison.Ordinal))
            {
                if (arg.Contains('=', StringComparison.Ordinal) || i + 1 >= args.Length)
                {
                    config.Add(arg);
                }
                else
                {
                    config.Add(arg + "=" + args[++i]);
                }
            }
            else
            {
                rest.Add(arg);
            }
        }
        ConfigurationArguments.Value = [.. config];
        return [.. rest];
    }

    public static IHost Build(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = ConfigurationArguments.Value ?? [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddJsonFile(Path.Combine(Environment.CurrentDirectory, "appsettings.json"), optional: true);
        builder.Configuration.AddEnvironmentVariables();
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.Configuration.AddCommandLine(ConfigurationArguments.Value ?? []);
        builder.Services.AddConcordCore(builder.Configuration, demoByDefault: false);
        builder.Services.AddIdentityCore<ConcordUser>(IdentityPolicy.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ConcordDbContext>();
        return builder.Build();
    }

    public const string NoDatabase = "there is no Concord database at the configured location (Storage:Provider, Storage:DataDirectory, ConnectionStrings:Postgres).";

    /// <summary>True when the configured database exists and has been migrated (commands that read a node's data need one).</summary>
    public static async Task<bool> HasDatabaseAsync(ConcordDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Database.CanConnectAsync(ct) && (await db.Database.GetAppliedMigrationsAsync(ct)).FirstOrDefault() is not null;
    }

    /// <summary>The operator at the console: acts with the node's own authority, recorded under the OS account.</summary>
    public static Caller Operator =>
        new(new Subject("cli", "", null, Role.Administrator | Role.Auditor),
            new Actor("cli:" + Environment.UserName, "cli:" + Environment.UserName, ""),
            "console");
}
