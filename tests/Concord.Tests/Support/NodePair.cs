namespace Concord.Tests.Support;

/// <summary>One node on SQLite and one on PostgreSQL, shared by the tests of a class that do not change each other's data.</summary>
public sealed class NodePair : IAsyncLifetime
{
    private TestNode? _sqlite;
    private TestNode? _postgres;

    public TestNode this[StorageKind kind] => kind == StorageKind.Sqlite ? _sqlite! : _postgres!;

    public async ValueTask InitializeAsync()
    {
        _sqlite = await TestNode.StartAsync(StorageKind.Sqlite);
        _postgres = await TestNode.StartAsync(StorageKind.Postgres);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqlite is not null)
        {
            await _sqlite.DisposeAsync();
        }
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
