using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Concord.Core.Records.Imports;

/// <summary>
/// The fixed parts of Concord's STIX 2.1 mapping (docs/stix-mapping.md): the property extension that carries a record
/// losslessly, the TLP marking definitions of STIX 2.1, statement markings for the handling codes, and stable ids.
/// </summary>
public static class StixMapping
{
    /// <summary>The extension definition that carries a Concord record in "extensions".</summary>
    public const string ExtensionId = "extension-definition--3c1b2c5e-7d0f-4d6a-9a0e-6b3f0c2a5e11";

    // The TLP 1.0 marking definitions defined in STIX 2.1, section 7.2.1.4.
    public const string TlpWhite = "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9";
    public const string TlpGreen = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da";
    public const string TlpAmber = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82";
    public const string TlpRed = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed";

    public static readonly IReadOnlyDictionary<string, string> HandlingStatements = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["H0"] = "Concord handling code H0: for law-enforcement purposes only.",
        ["H1"] = "Concord handling code H1: not to be used as evidence in court without the owner's permission.",
        ["H2"] = "Concord handling code H2: no further dissemination without the owner's permission.",
        ["H3"] = "Concord handling code H3: other restrictions, as stated.",
    };

    /// <summary>The marking definition of a handling code (H3 with its conditions gets one per text).</summary>
    public static string HandlingMarkingId(string code, string conditions) =>
        "marking-definition--" + StableUuid("handling:" + code + ":" + conditions);

    /// <summary>TLP for a distribution and handling code: owner-only, H2 and H3 are RED (named recipients, no further disclosure); the rest AMBER.</summary>
    public static string Tlp(string distribution, string handling) =>
        distribution == "owner-only" || handling is "H2" or "H3" ? TlpRed : TlpAmber;

    public static string IdentityId(string organisationId) => "identity--" + StableUuid("organisation:" + organisationId);

    public static string ObjectId(string type, string recordId) => type + "--" + StableUuid("record:" + recordId);

    /// <summary>A name-based UUID (version 8 layout, SHA-256 of the name): the same record always gets the same STIX id.</summary>
    public static string StableUuid(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("concord-stix:" + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        return string.Create(CultureInfo.InvariantCulture, $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}");
    }

    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A string literal inside a STIX pattern: quotes and backslashes escaped.</summary>
    public static string PatternLiteral(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
    }

    /// <summary>The URL and SHA-256 in a pattern such as [url:value = '...'] OR [file:hashes.'SHA-256' = '...'].</summary>
    public static (string? Url, string? Sha256) ReadPattern(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        string? url = null, sha = null;
        var i = 0;
        while (i < pattern.Length)
        {
            var open = pattern.IndexOf('[', i);
            if (open < 0)
            {
                break;
            }
            var eq = pattern.IndexOf('=', open);
            if (eq < 0)
            {
                break;
            }
            var path = pattern[(open + 1)..eq].Trim();
            var (literal, end) = Literal(pattern, eq + 1);
            if (literal is null)
            {
                break;
            }
            if (path == "url:value")
            {
                url ??= literal;
            }
            else if (path.StartsWith("file:hashes.", StringComparison.Ordinal) && path.Contains("SHA-256", StringComparison.OrdinalIgnoreCase))
            {
                sha ??= literal;
            }
            i = end;
        }
        return (url, sha);
    }

    private static (string? Value, int End) Literal(string s, int from)
    {
        var start = s.IndexOf('\'', from);
        if (start < 0)
        {
            return (null, s.Length);
        }
        var sb = new StringBuilder();
        for (var i = start + 1; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\\' && i + 1 < s.Length)
            {
                sb.Append(s[++i]);
            }
            else if (c == '\'')
            {
                return (sb.ToString(), i + 1);
            }
            else
            {
                sb.Append(c);
            }
        }
        return (null, s.Length);
    }
}
