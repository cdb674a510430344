using Concord.Core;
using Microsoft.Extensions.Options;

namespace Concord.Web.Hosting;

/// <summary>Builds, prepares and runs the node; turns configuration and reference-data errors into clear messages.</summary>
public static class NodeProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            var (nodeDirectory, rest) = TakeNodeDirectory(args);
            if (nodeDirectory is not null && !File.Exists(Path.Combine(nodeDirectory, NodeFile)))
            {
                await Console.Error.WriteLineAsync($"Concord cannot start: there is no {NodeFile} in {nodeDirectory} (make one with `concord network init`).");
                return 1;
            }
            var app = await BuildAsync(
                new WebApplicationOptions
                {
                    Args = rest,
                    // A node directory runs from anywhere: settings come from the build output and the node directory.
                    ContentRootPath = nodeDirectory is not null && !File.Exists(Path.Combine(Environment.CurrentDirectory, "appsettings.json")) ? AppContext.BaseDirectory : null,
                },
                nodeDirectory is null ? null : builder => AddNodeDirectory(builder, nodeDirectory));
            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync(Describe(e));
            return 1;
        }
        catch (ReferenceDataException e)
        {
            await Console.Error.WriteLineAsync("Concord cannot start: " + e.Message);
            return 1;
        }
    }

    /// <summary>A node ready to start: services, pipeline, migrated database, reference data, roles, demo accounts.</summary>
    public static async Task<WebApplication> BuildAsync(WebApplicationOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(options);
        configure?.Invoke(builder);
        builder.AddConcordNode();
        var app = builder.Build();
        app.UseConcordNode();
        await app.PrepareNodeAsync();
        return app;
    }

    /// <summary>The node settings file in a node directory (`--node-dir DIR`), written by `concord network init`.</summary>
    public const string NodeFile = "node.json";

    /// <summary>Takes "--node-dir DIR" (or "--node-dir=DIR") out of the arguments.</summary>
    public static (string? NodeDirectory, string[] Remaining) TakeNodeDirectory(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? directory = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--node-dir" && i + 1 < args.Length)
            {
                directory = args[++i];
            }
            else if (args[i].StartsWith("--node-dir=", StringComparison.Ordinal))
            {
                directory = args[i]["--node-dir=".Length..];
            }
            else
            {
                rest.Add(args[i]);
            }
        }
        return (directory is null ? null : Path.GetFullPath(directory), [.. rest]);
    }

    /// <summary>
    /// Reads DIR/node.json after appsettings and environment variables but before command-line arguments, so that the
    /// node directory decides (port, storage, node id, keys, peers) and an operator can still override on the command line.
    /// </summary>
    public static void AddNodeDirectory(WebApplicationBuilder builder, string directory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var sources = builder.Configuration.Sources;
        var source = new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
        {
            Path = NodeFile,
            Optional = false,
            ReloadOnChange = false,
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(directory),
        };
        var commandLine = sources.ToList().FindIndex(s => s is Microsoft.Extensions.Configuration.CommandLine.CommandLineConfigurationSource);
        if (commandLine >= 0)
        {
            sources.Insert(commandLine, source);
        }
        else
        {
            sources.Add(source);
        }
    }

    public static string Describe(OptionsValidationException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return "Concord cannot start: the configuration is invalid." + Environment.NewLine
            + string.Join(Environment.NewLine, e.Failures.Select(f => "  " + f));
    }
}
