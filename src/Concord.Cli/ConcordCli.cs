using System.CommandLine;

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
        var root = new RootCommand("Concord: operator commands for an SCO security-cooperation node.");
        root.Subcommands.Add(Screening.ScreenCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var root = Build();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }
            return UsageError;
        }
        return await parse.InvokeAsync();
    }
}
