using System.Security.Cryptography;
using System.Text;
using Concord.Core.Audit;
using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Accounts;

/// <summary>Bearer tokens for the REST API: "ccd_" + 32 random bytes (base64url); only their SHA-256 is stored.</summary>
public sealed class ApiTokens(ConcordDbContext db, ApiTokenCache cache)
{
    public const string Prefix = "ccd_";

    public async Task<string> IssueAsync(Actor issuer, string userId, string name, DateTimeOffset? expiresAt = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Name = name,
            SecretHash = HashOf(secret),
            CreatedAt = db.Time.GetUtcNow(),
            ExpiresAt = expiresAt,
        };
        db.ApiTokens.Add(token);
        db.Audit(new AuditEvent(issuer, "token.issue", "account:" + userId, AuditEvent.Success, "token=" + token.Id.ToString("N")[..8] + ";name=" + name));
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }

    /// <summary>The account a presented token belongs to and when the token expires, or null when the token is unknown, expired or revoked.</summary>
    public async Task<(ConcordUser User, DateTimeOffset? ExpiresAt)?> FindUserAsync(string presented, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(presented);
        if (!IsWellFormed(presented))
        {
            return null;
        }
        var hash = HashOf(presented);
        var now = db.Time.GetUtcNow();
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.SecretHash == hash, cancellationToken);
        if (token is null || token.RevokedAt is not null || (token.ExpiresAt is { } expires && expires <= now))
        {
            return null;
        }
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == token.UserId, cancellationToken);
        return user is null ? null : (user, token.ExpiresAt);
    }

    /// <summary>Revokes a token at once: it is refused from the next request on (the principal cache is cleared).</summary>
    public async Task<bool> RevokeAsync(Actor revoker, Guid tokenId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(revoker);
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId, cancellationToken);
        if (token is null || token.RevokedAt is not null)
        {
            return false;
        }
        token.RevokedAt = db.Time.GetUtcNow();
        db.Audit(new AuditEvent(revoker, "token.revoke", "account:" + token.UserId, AuditEvent.Success, "token=" + token.Id.ToString("N")[..8]));
        await db.SaveChangesAsync(cancellationToken);
        cache.Clear();
        return true;
    }

    public static bool IsWellFormed(string presented) => presented.StartsWith(Prefix, StringComparison.Ordinal) && presented.Length <= 200;

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
