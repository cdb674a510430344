using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Concord.Core.Federation;

/// <summary>
/// Named counters in SequenceCounters, advanced with one upsert statement that both SQLite and PostgreSQL run the
/// same way. Call inside the caller's transaction and before SaveChanges (which takes the audit lock), so that every
/// writer takes locks in the same order.
/// </summary>
public static class Counters
{
    public const string Positions = "positions";

    public static string OutboundThread(string peer, Guid thread) => "out:" + peer + ":" + thread.ToString("N");
    public static string InboundThread(string peer, Guid thread) => "in:" + peer + ":" + thread.ToString("N");

    /// <summary>Adds <paramref name="count"/> and returns the new value (the last of the reserved numbers).</summary>
    public static async Task<long> AdvanceAsync(ConcordDbContext db, string name, long count = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var values = await db.Database.SqlQuery<long>(
            $"""INSERT INTO "SequenceCounters" ("Name", "Value") VALUES ({name}, {count}) ON CONFLICT ("Name") DO UPDATE SET "Value" = "SequenceCounters"."Value" + {count} RETURNING "Value" AS "Value" """)
            .ToListAsync(cancellationToken);
        return values[0];
    }

    /// <summary>
    /// Adds to several distinct counters with one statement per 500 (a multi-row upsert with RETURNING, the same on
    /// SQLite and PostgreSQL) and returns each counter's new value, instead of one EF query per counter.
    /// </summary>
    public static async Task<Dictionary<string, long>> AdvanceManyAsync(ConcordDbContext db, IReadOnlyList<(string Name, long Count)> counters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(counters);
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Counters advance inside the caller's transaction.");
        var name = DirectParameter.Of<SequenceCounter>(db, nameof(SequenceCounter.Name));
        var value = DirectParameter.Of<SequenceCounter>(db, nameof(SequenceCounter.Value));
        foreach (var chunk in counters.Chunk(500))
        {
            await using var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            var rows = new List<string>(chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                var n = "@n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var c = "@c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                command.Parameters.Add(name.Mapping.CreateParameter(command, n, chunk[i].Name, nullable: false));
                command.Parameters.Add(value.Mapping.CreateParameter(command, c, chunk[i].Count, nullable: false));
                rows.Add("(" + n + ", " + c + ")");
            }
            command.CommandText = $"""INSERT INTO "SequenceCounters" ("Name", "Value") VALUES {string.Join(", ", rows)} ON CONFLICT ("Name") DO UPDATE SET "Value" = "SequenceCounters"."Value" + excluded."Value" RETURNING "Name", "Value" """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                values[reader.GetString(0)] = reader.GetInt64(1);
            }
        }
        return values;
    }

    /// <summary>The current value, 0 when the counter does not exist yet.</summary>
    public static async Task<long> ReadAsync(ConcordDbContext db, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Set<SequenceCounter>().Where(c => c.Name == name).Select(c => c.Value).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Sets several counters in one go (one prepared statement per counter, no change tracking).</summary>
    public static async Task SetManyAsync(ConcordDbContext db, IReadOnlyList<(string Name, long Value)> counters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(counters);
        if (counters.Count == 0)
        {
            return;
        }
        await new DirectWriter(db).ExecuteAsync(
            """INSERT INTO "SequenceCounters" ("Name", "Value") VALUES ({0}, {1}) ON CONFLICT ("Name") DO UPDATE SET "Value" = excluded."Value" """,
            [DirectParameter.Of<SequenceCounter>(db, nameof(SequenceCounter.Name)), DirectParameter.Of<SequenceCounter>(db, nameof(SequenceCounter.Value))],
            counters.Select(c => new object?[] { c.Name, c.Value }), cancellationToken);
    }
}
