using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;

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

    public static async Task SetAsync(ConcordDbContext db, string name, long value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "SequenceCounters" ("Name", "Value") VALUES ({name}, {value}) ON CONFLICT ("Name") DO UPDATE SET "Value" = {value}""",
            cancellationToken);
    }
}
