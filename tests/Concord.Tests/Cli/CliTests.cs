using Concord.Tests.Support;

namespace Concord.Tests.Cli;

/// <summary>The `concord` operator commands, run as real processes against the node's configuration.</summary>
public sealed class CliTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("admin", "--help")]
    [InlineData("admin", "create", "--help")]
    [InlineData("audit", "verify", "--help")]
    [InlineData("reference", "validate", "--help")]
    public async Task Every_command_has_help(params string[] args)
    {
        var run = await CliRunner.RunAsync(args);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error_with_exit_code_2()
    {
        var run = await CliRunner.RunAsync("audit", "verify", "--no-such-option");
        Assert.Equal(2, run.ExitCode);
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task Admin_create_makes_the_first_administrator_who_can_then_sign_in(StorageKind kind)
    {
        using var storage = new TestStorage(kind);
        var run = await CliRunner.RunAsync([.. storage.CliArguments, "admin", "create", "--user", "first.admin", "--name", "First Administrator"]);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var password = run.Output.Split("One-time password: ")[1].Split('\n')[0].Trim();
        Assert.Equal(16, password.Length);

        await using var node = await TestNode.StartAsync(storage, new Dictionary<string, string?> { ["Concord:Demo"] = "false" });
        Assert.Null(node.Demo.Find("admin"));
        using var client = node.CreateClient();
        var response = await WebSession.PostFormAsync(client, "/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.UserName"] = "first.admin",
            ["Input.Password"] = password,
        });
        Assert.Equal("/Account/ChangePassword", response.RequestMessage!.RequestUri!.AbsolutePath);

        var again = await CliRunner.RunAsync([.. storage.CliArguments, "admin", "create", "--user", "first.admin"]);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already taken", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_CLI_reads_the_data_directory_from_the_environment_like_the_node()
    {
        using var storage = new TestStorage(StorageKind.Sqlite);
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "concord.dll"));
        foreach (var arg in new[] { "admin", "create", "--user", "env.admin" })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["Storage__DataDirectory"] = storage.DataDirectory;
        using var process = System.Diagnostics.Process.Start(start)!;
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        Assert.True(File.Exists(Path.Combine(storage.DataDirectory, "concord.db")));
    }

    [Fact]
    public async Task Reference_validate_accepts_the_repository_data_and_names_file_line_and_reason_for_bad_data()
    {
        var good = await CliRunner.RunAsync("reference", "validate", "--dir", TestPaths.ReferenceData);
        Assert.Equal(0, good.ExitCode);
        Assert.Contains("10 members", good.Output, StringComparison.Ordinal);

        var copy = TestPaths.NewTempDirectory("concord-ref");
        foreach (var file in System.IO.Directory.GetFiles(TestPaths.ReferenceData))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
        var matters = File.ReadAllText(Path.Combine(copy, "matters.json"));
        File.WriteAllText(Path.Combine(copy, "matters.json"), matters.Replace("\"id\": \"extradition\"", "\"id\": \"Extradition!\"", StringComparison.Ordinal));
        var bad = await CliRunner.RunAsync("reference", "validate", "--dir", copy);
        Assert.Equal(1, bad.ExitCode);
        Assert.Matches(@"matters\.json:\d+: \$\.items\[\d+\]\.id: 'Extradition!' is not a valid id", bad.Error);
        Assert.Contains("the matter 'extradition' is not in matters.json", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_verify_without_a_database_says_so()
    {
        var empty = TestPaths.NewTempDirectory("concord-empty");
        var run = await CliRunner.RunAsync($"--Storage:DataDirectory={empty}", "audit", "verify");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no Concord database", run.Error, StringComparison.Ordinal);
    }
}
