namespace Concord.Tests.Support;

/// <summary>Where the repository and the shared development data are, found from the test's output directory.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ReferenceData => Path.Combine(RepositoryRoot, "data", "reference");

    public static string WebProject => Path.Combine(RepositoryRoot, "src", "Concord.Web");

    public static string NewTempDirectory(string prefix = "concord-test")
    {
        var path = Path.Combine(Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Concord.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Concord.slnx) above " + AppContext.BaseDirectory);
    }
}
