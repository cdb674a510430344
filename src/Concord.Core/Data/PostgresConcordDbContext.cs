using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Data;

/// <summary>The production store. Appends to the audit chain take a transaction-scoped advisory lock.</summary>
public sealed class PostgresConcordDbContext(DbContextOptions<PostgresConcordDbContext> options, TimeProvider? time = null)
    : ConcordDbContext(options, time)
{
    /// <summary>The advisory lock key of the audit chain; any constant shared by all writers does.</summary>
    private const long AuditChainLock = 0x434F4E43_4F524431;

    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AuditChainLock})", cancellationToken);
}
