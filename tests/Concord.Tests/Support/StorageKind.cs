namespace Concord.Tests.Support;

/// <summary>The two databases every integration test runs against.</summary>
public enum StorageKind
{
    Sqlite,
    Postgres,
}

/// <summary>A place for a node's data: a temporary directory, and for PostgreSQL a fresh database.</summary>
public sealed class TestStorage : IDisposable
{
    public TestStorage(StorageKind kind)
    {
        Kind = kind;
        DataDirectory = TestPaths.NewTempDirectory("concord-data");
        PostgresConnectionString = kind == StorageKind.Postgres ? PostgresServer.CreateDatabase() : null;
    }

    public StorageKind Kind { get; }
    public string DataDirectory { get; }
    public string? PostgresConnectionString { get; }

    /// <summary>The settings a node or the CLI needs to use this storage.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = Kind == StorageKind.Postgres ? "postgres" : "sqlite",
        ["Storage:DataDirectory"] = DataDirectory,
        ["ConnectionStrings:Postgres"] = PostgresConnectionString ?? "",
    };

    public string[] CliArguments => [.. Settings.Select(s => $"--{s.Key}={s.Value}")];

    public void Dispose()
    {
        if (PostgresConnectionString is not null)
        {
            PostgresServer.DropDatabase(PostgresConnectionString);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finished host is left for the OS to clean up.
        }
    }
}
