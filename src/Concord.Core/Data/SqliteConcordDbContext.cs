using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Data;

/// <summary>The embedded default. Writers are serialised by SQLite itself (transactions begin IMMEDIATE).</summary>
public sealed class SqliteConcordDbContext(DbContextOptions<SqliteConcordDbContext> options, TimeProvider? time = null)
    : ConcordDbContext(options, time)
{
    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
