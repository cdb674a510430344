namespace Concord.Tests.Matching;

/// <summary>The dev data beside the repository (../shared/data). Tests that need it fail loudly when it is missing.</summary>
internal static class SharedData
{
    public static string Path(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Concord.slnx")))
        {
            dir = dir.Parent;
        }
        if (dir is null)
        {
            throw new DirectoryNotFoundException("Concord.slnx not found above " + AppContext.BaseDirectory);
        }
        var data = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "data"));
        if (!System.IO.Directory.Exists(data))
        {
            throw new DirectoryNotFoundException($"The shared dev data is missing at {data}; these tests need it.");
        }
        var path = System.IO.Path.Combine([data, .. parts]);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("Shared dev data file missing", path);
        }
        return path;
    }
}
