using System.Collections.Concurrent;
using System.Security.Claims;

namespace Concord.Core.Accounts;

/// <summary>
/// The principal of recently authenticated API tokens, by token hash, for at most <see cref="Lifetime"/> (and never past
/// the token's expiry), so that a busy system-to-system client does not cost a token, user, role and claim lookup per
/// request. Only tokens that authenticated are held. Revoking a token through <see cref="ApiTokens.RevokeAsync"/> forgets
/// every entry at once; any other change (a lock-out, a change of roles, anything done by another process or in SQL)
/// takes effect within the lifetime.
/// </summary>
public sealed class ApiTokenCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, (ClaimsPrincipal Principal, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    public ClaimsPrincipal? Find(string tokenHash)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        if (!_entries.TryGetValue(tokenHash, out var entry))
        {
            return null;
        }
        if (entry.Until > time.GetUtcNow())
        {
            return entry.Principal;
        }
        _entries.TryRemove(new KeyValuePair<string, (ClaimsPrincipal, DateTimeOffset)>(tokenHash, entry));
        return null;
    }

    public void Add(string tokenHash, ClaimsPrincipal principal, DateTimeOffset? tokenExpires)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        ArgumentNullException.ThrowIfNull(principal);
        var until = time.GetUtcNow() + Lifetime;
        if (tokenExpires is { } expires && expires < until)
        {
            until = expires;
        }
        _entries[tokenHash] = (principal, until);
    }

    /// <summary>Forgets every cached principal (called after a revocation).</summary>
    public void Clear() => _entries.Clear();
}
