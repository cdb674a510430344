using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Directory;

/// <summary>
/// The organisations of the reference data, read at most every <see cref="Lifetime"/> instead of on every message sent
/// or taken in. They change only when the reference data is loaded (at start-up or by `concord`), so a change is seen
/// within the lifetime. The rows are shared: read them, never change them.
/// </summary>
public sealed class OrganisationCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(IReadOnlyDictionary<string, Organisation> Organisations, DateTimeOffset Until);

    public async Task<IReadOnlyDictionary<string, Organisation>> GetAsync(ConcordDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = time.GetUtcNow();
        if (_snapshot is { } current && current.Until > now)
        {
            return current.Organisations;
        }
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, StringComparer.Ordinal, cancellationToken);
        _snapshot = new Snapshot(organisations, now + Lifetime);
        return organisations;
    }

    public async Task<Organisation?> FindAsync(ConcordDbContext db, string? id, CancellationToken cancellationToken = default) =>
        id is not null && (await GetAsync(db, cancellationToken)).TryGetValue(id, out var organisation) ? organisation : null;

    /// <summary>Forgets what was read (after the reference data was loaded again).</summary>
    public void Clear() => _snapshot = null;
}
