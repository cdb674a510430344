using System.Security.Cryptography;
using System.Text;
using Concord.Core.Audit;
using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Accounts;

/// <summary>Bearer tokens for the REST API: "ccd_" + 32 random bytes (base64url); only their SHA-256 is stored.</summary>
public sealed class ApiTokens(ConcordDbContext db)
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

    /// <summary>The account a presented token belongs to, or null when the token is unknown, expired or revoked.</summary>
    public async Task<ConcordUser?> FindUserAsync(string presented, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(presented);
        if (!presented.StartsWith(Prefix, StringComparison.Ordinal) || presented.Length > 200)
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
        return await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == token.UserId, cancellationToken);
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
