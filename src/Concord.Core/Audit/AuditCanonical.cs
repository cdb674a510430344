using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Concord.Core.Audit;

/// <summary>
/// The canonical bytes of an audit entry, version 1 (documented in docs/audit.md so that an auditor can
/// recompute them with any tool): the ASCII tag "concord-audit-v1", then each field as a 4-byte big-endian
/// length followed by its UTF-8 bytes, in this order: time (UTC, "yyyy-MM-ddTHH:mm:ss.ffffffZ"), actor id,
/// actor name, organisation, action, object, purpose, outcome, client, previous hash (lowercase hex).
/// The sequence number is not hashed: the order is proven by the chain itself.
/// </summary>
public static class AuditCanonical
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";
    private static readonly byte[] Tag = Encoding.ASCII.GetBytes("concord-audit-v1");

    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Times are kept to the microsecond, the precision both databases store.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % 10), TimeSpan.Zero);

    public static byte[] Bytes(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        string[] fields =
        [
            FormatTime(entry.Time), entry.ActorId, entry.ActorName, entry.OrganisationId, entry.Action,
            entry.Object, entry.Purpose, entry.Outcome, entry.Client, entry.PreviousHash,
        ];
        var length = Tag.Length + fields.Sum(f => 4 + Encoding.UTF8.GetByteCount(f));
        var buffer = new byte[length];
        Tag.CopyTo(buffer, 0);
        var offset = Tag.Length;
        foreach (var field in fields)
        {
            var count = Encoding.UTF8.GetBytes(field, 0, field.Length, buffer, offset + 4);
            BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(offset), count);
            offset += 4 + count;
        }
        return buffer;
    }

    public static string HashOf(AuditEntry entry) => Convert.ToHexStringLower(SHA256.HashData(Bytes(entry)));
}
