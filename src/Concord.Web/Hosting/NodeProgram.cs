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
            var app = await BuildAsync(new WebApplicationOptions { Args = args });
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

    public static string Describe(OptionsValidationException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return "Concord cannot start: the configuration is invalid." + Environment.NewLine
            + string.Join(Environment.NewLine, e.Failures.Select(f => "  " + f));
    }
}
