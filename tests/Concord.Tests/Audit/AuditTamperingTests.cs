using System.Data.Common;
using Concord.Core.Audit;
using Concord.Tests.Support;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Concord.Tests.Audit;

/// <summary>
/// `concord audit verify` on a database changed behind the node's back: the first modified, deleted, inserted or
/// reordered entry is reported and the command exits non-zero. Each case starts from a copy of the same intact log.
/// </summary>
public sealed class AuditTamperingTests(AuditTamperingTests.IntactLogs logs) : IClassFixture<AuditTamperingTests.IntactLogs>, IDisposable
{
    private readonly Dictionary<StorageKind, TestStorage> _intact = logs.Storage;
    private readonly List<TestStorage> _copies = [];

    /// <summary>One intact log per database, made once for the class: a node that signed a user in and served two reads.</summary>
    public sealed class IntactLogs : IAsyncLifetime
    {
        public Dictionary<StorageKind, TestStorage> Storage { get; } = [];

        public async ValueTask InitializeAsync()
        {
            foreach (var kind in new[] { StorageKind.Sqlite, StorageKind.Postgres })
            {
                var storage = new TestStorage(kind);
                await using (var node = await TestNode.StartAsync(storage))
                {
                    using var client = await WebSession.SignInDemoAsync(node, "kz.officer");
                    await client.GetAsync("/Structure");
                    await client.GetAsync("/Directory?state=KG&matter=extradition");
                }
                Storage[kind] = storage;
            }
        }

        public ValueTask DisposeAsync()
        {
            foreach (var storage in Storage.Values)
            {
                storage.Dispose();
            }
            return ValueTask.CompletedTask;
        }
    }

    public void Dispose()
    {
        foreach (var copy in _copies)
        {
            copy.Dispose();
        }
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task An_untouched_log_verifies_as_intact(StorageKind kind)
    {
        var run = await CliRunner.RunAsync([.. Args(_intact[kind]), "audit", "verify"]);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("intact: ", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task A_modified_entry_is_reported(StorageKind kind)
    {
        var copy = await CopyAsync(kind);
        await SqlAsync(copy, "UPDATE \"AuditEntries\" SET \"Outcome\" = 'denied:hidden' WHERE \"Sequence\" = 5");
        await AssertTamperedAsync(copy, "modified", 5);
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task A_deleted_entry_is_reported(StorageKind kind)
    {
        var copy = await CopyAsync(kind);
        await SqlAsync(copy, "DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 7");
        await AssertTamperedAsync(copy, "deleted", 7);
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task An_inserted_entry_is_reported(StorageKind kind)
    {
        var copy = await CopyAsync(kind);
        // Make room at 6 by renumbering, then insert a plausible entry chained to entry 5.
        await SqlAsync(copy, "UPDATE \"AuditEntries\" SET \"Sequence\" = -\"Sequence\" WHERE \"Sequence\" >= 6");
        await SqlAsync(copy, "UPDATE \"AuditEntries\" SET \"Sequence\" = 1 - \"Sequence\" WHERE \"Sequence\" < 0");
        var fake = new AuditEntry
        {
            Sequence = 6, Time = DateTimeOffset.UtcNow, ActorId = "system", ActorName = "system", Action = "account.create",
            Object = "account:fake", Outcome = "success", PreviousHash = await ScalarAsync(copy, "SELECT \"Hash\" FROM \"AuditEntries\" WHERE \"Sequence\" = 5"),
        };
        fake.Time = AuditCanonical.Truncate(fake.Time);
        fake.Hash = AuditCanonical.HashOf(fake);
        await SqlAsync(copy, $"INSERT INTO \"AuditEntries\" (\"Sequence\", \"Time\", \"ActorId\", \"ActorName\", \"OrganisationId\", \"Action\", \"Object\", \"Purpose\", \"Outcome\", \"Client\", \"PreviousHash\", \"Hash\") " +
            $"SELECT 6, \"Time\", 'system', 'system', '', 'account.create', 'account:fake', '', 'success', '', '{fake.PreviousHash}', '{fake.Hash}' FROM \"AuditEntries\" WHERE \"Sequence\" = 5");
        await AssertTamperedAsync(copy, "inserted", 6);
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task Reordered_entries_are_reported(StorageKind kind)
    {
        var copy = await CopyAsync(kind);
        await SqlAsync(copy, "UPDATE \"AuditEntries\" SET \"Sequence\" = -1 WHERE \"Sequence\" = 8");
        await SqlAsync(copy, "UPDATE \"AuditEntries\" SET \"Sequence\" = 8 WHERE \"Sequence\" = 9");
        await SqlAsync(copy, "UPDATE \"AuditEntries\" SET \"Sequence\" = 9 WHERE \"Sequence\" = -1");
        await AssertTamperedAsync(copy, "reordered", 8);
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task An_entry_rewritten_with_a_recomputed_hash_breaks_the_chain_after_it(StorageKind kind)
    {
        var copy = await CopyAsync(kind);
        var hashes = await RewriteAsync(copy, 4);
        Assert.NotEqual(hashes.Old, hashes.New);
        var run = await AssertTamperedAsync(copy, "chainbroken", 5);
        Assert.Contains("entry 4 was rewritten", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task Entries_cut_from_the_end_are_caught_against_a_head_recorded_earlier(StorageKind kind)
    {
        var copy = await CopyAsync(kind);
        var intact = await CliRunner.RunAsync([.. Args(copy), "audit", "verify"]);
        var head = intact.Output.Split("head ")[1].Trim();
        var last = long.Parse(head.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);
        await SqlAsync(copy, $"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" >= {last - 2}");
        Assert.Equal(0, (await CliRunner.RunAsync([.. Args(copy), "audit", "verify"])).ExitCode);
        var run = await CliRunner.RunAsync([.. Args(copy), "audit", "verify", "--expected-head", head]);
        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith($"TAMPERED: deleted at entry {last}:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_itself_refuses_updates_and_deletes_of_audit_entries()
    {
        var copy = await CopyAsync(StorageKind.Sqlite, dropTriggers: false);
        var error = await Assert.ThrowsAnyAsync<DbException>(() => SqlAsync(copy, "DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 1"));
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        var pg = await CopyAsync(StorageKind.Postgres, dropTriggers: false);
        error = await Assert.ThrowsAnyAsync<DbException>(() => SqlAsync(pg, "UPDATE \"AuditEntries\" SET \"Outcome\" = 'x'"));
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    private static string[] Args(TestStorage storage) => storage.CliArguments;

    private static async Task<CliRunner.Run> AssertTamperedAsync(TestStorage storage, string kind, long sequence)
    {
        var run = await CliRunner.RunAsync([.. Args(storage), "audit", "verify"]);
        Assert.True(run.ExitCode == 3, $"exit {run.ExitCode}: {run.Output} {run.Error}");
        Assert.StartsWith($"TAMPERED: {kind} at entry {sequence}:", run.Output, StringComparison.Ordinal);
        return run;
    }

    /// <summary>A copy of the intact database, with the append-only triggers dropped as an attacker with file access would.</summary>
    private async Task<TestStorage> CopyAsync(StorageKind kind, bool dropTriggers = true)
    {
        var source = _intact[kind];
        var copy = new TestStorage(kind);
        _copies.Add(copy);
        if (kind == StorageKind.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in System.IO.Directory.GetFiles(source.DataDirectory, "concord.db*"))
            {
                File.Copy(file, Path.Combine(copy.DataDirectory, Path.GetFileName(file)), overwrite: true);
            }
            if (dropTriggers)
            {
                await SqlAsync(copy, "DROP TRIGGER \"AuditEntries_no_update\"; DROP TRIGGER \"AuditEntries_no_delete\";");
            }
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(copy.PostgresConnectionString);
            await connection.OpenAsync();
            await using (var schema = new NpgsqlCommand("DROP SCHEMA public CASCADE; CREATE SCHEMA public;", connection))
            {
                await schema.ExecuteNonQueryAsync();
            }
            await connection.CloseAsync();
            await CopyPostgresAsync(source.PostgresConnectionString!, copy.PostgresConnectionString!);
            if (dropTriggers)
            {
                await SqlAsync(copy, "DROP TRIGGER \"AuditEntries_append_only\" ON \"AuditEntries\"");
            }
        }
        return copy;
    }

    /// <summary>Copies a database by re-creating it from the source as a template.</summary>
    private static async Task CopyPostgresAsync(string source, string target)
    {
        var sourceName = new NpgsqlConnectionStringBuilder(source).Database;
        var targetName = new NpgsqlConnectionStringBuilder(target).Database;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresServer.AdminConnectionString);
        await admin.OpenAsync();
        foreach (var sql in new[] { $"DROP DATABASE \"{targetName}\" WITH (FORCE)", $"CREATE DATABASE \"{targetName}\" TEMPLATE \"{sourceName}\"" })
        {
            await using var command = new NpgsqlCommand(sql, admin);
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task<(string Old, string New)> RewriteAsync(TestStorage storage, long sequence)
    {
        await using var connection = Open(storage);
        await connection.OpenAsync();
        AuditEntry entry;
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = $"SELECT \"Time\", \"ActorId\", \"ActorName\", \"OrganisationId\", \"Action\", \"Object\", \"Purpose\", \"Outcome\", \"Client\", \"PreviousHash\", \"Hash\" FROM \"AuditEntries\" WHERE \"Sequence\" = {sequence}";
            await using var r = await read.ExecuteReaderAsync();
            await r.ReadAsync();
            entry = new AuditEntry
            {
                Sequence = sequence,
                Time = r.GetFieldValue<DateTimeOffset>(0), ActorId = r.GetString(1), ActorName = r.GetString(2), OrganisationId = r.GetString(3),
                Action = r.GetString(4), Object = r.GetString(5), Purpose = r.GetString(6), Outcome = "denied:rewritten", Client = r.GetString(8),
                PreviousHash = r.GetString(9), Hash = r.GetString(10),
            };
        }
        var old = entry.Hash;
        entry.Hash = AuditCanonical.HashOf(entry);
        await using var write = connection.CreateCommand();
        write.CommandText = $"UPDATE \"AuditEntries\" SET \"Outcome\" = '{entry.Outcome}', \"Hash\" = '{entry.Hash}' WHERE \"Sequence\" = {sequence}";
        await write.ExecuteNonQueryAsync();
        return (old, entry.Hash);
    }

    private static DbConnection Open(TestStorage storage) => storage.Kind == StorageKind.Sqlite
        ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(storage.DataDirectory, "concord.db"), Pooling = false }.ToString())
        : new NpgsqlConnection(storage.PostgresConnectionString);

    private static async Task SqlAsync(TestStorage storage, string sql)
    {
        await using var connection = Open(storage);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> ScalarAsync(TestStorage storage, string sql)
    {
        await using var connection = Open(storage);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
