namespace Concord.Benchmarks;

/// <summary>Locates the repository root (the folder holding Concord.slnx) and the shared dev data beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared/data relative to the repository root; the tools stop with a clear message when it is missing.</summary>
    public static string SharedData
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("CONCORD_SHARED_DATA");
            var path = env ?? Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));
            if (!Directory.Exists(path))
            {
                throw new DirectoryNotFoundException($"Shared dev data not found at {path} (set CONCORD_SHARED_DATA).");
            }
            return path;
        }
    }

    public static string MatchingData => Path.Combine(Root, "src", "Concord.Matching", "Data");

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Concord.slnx")))
                {
                    return dir.FullName;
                }
                dir = dir.Parent;
            }
        }
        throw new DirectoryNotFoundException("Concord.slnx not found above the current directory.");
    }
}
