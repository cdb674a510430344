using System.Text;
using System.Text.Json.Nodes;
using NSec.Cryptography;

namespace Concord.Core.Federation;

/// <summary>A compact JWS (RFC 7515) whose signature has been checked, with its decoded canonical payload.</summary>
public sealed record VerifiedJws(string Compact, string Signer, string KeyId, string Type, JsonObject Payload);

/// <summary>
/// Compact JWS with EdDSA over Ed25519 (RFC 8037). The protected header is canonical JSON
/// {"alg":"EdDSA","kid":"&lt;node&gt;/&lt;key thumbprint&gt;","typ":"&lt;type&gt;"}; the payload is canonical JSON.
/// </summary>
public static class Jws
{
    public const string Algorithm = "EdDSA";
    public const int MaxCompactLength = 48 * 1024 * 1024;

    /// <summary>Registry keys imported once for libsodium, not once per signature checked (the registry's key objects are kept while it is current).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<NodePublicKey, PublicKey> ImportedKeys = [];

    public static string Sign(string node, NodeKeys keys, string type, JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var header = CanonicalJson.Encode(new JsonObject
        {
            ["alg"] = Algorithm,
            ["kid"] = node + "/" + keys.SigningPublic.Thumbprint,
            ["typ"] = type,
        });
        var signingInput = Base64UrlText.Encode(header) + "." + Base64UrlText.Encode(CanonicalJson.Encode(payload));
        var signature = SignatureAlgorithm.Ed25519.Sign(keys.Signing, Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64UrlText.Encode(signature);
    }

    /// <summary>
    /// Checks a compact JWS: form, header, a known signer and key, the signature, and a canonical payload.
    /// Returns the reason code of the first failure instead of throwing.
    /// </summary>
    public static Result<VerifiedJws> Verify(string? compact, string expectedType, Func<string, string, NodePublicKey?> findKey)
    {
        ArgumentNullException.ThrowIfNull(findKey);
        if (string.IsNullOrEmpty(compact) || compact.Length > MaxCompactLength)
        {
            return FederationErrors.Malformed("the JWS is empty or too large");
        }
        var first = compact.IndexOf('.', StringComparison.Ordinal);
        var second = first < 0 ? -1 : compact.IndexOf('.', first + 1);
        if (first <= 0 || second <= first + 1 || compact.IndexOf('.', second + 1) >= 0)
        {
            return FederationErrors.Malformed("a compact JWS has three base64url parts");
        }
        var headerBytes = Base64UrlText.TryDecode(compact[..first]);
        var payloadBytes = Base64UrlText.TryDecode(compact[(first + 1)..second]);
        var signature = Base64UrlText.TryDecode(compact[(second + 1)..]);
        if (headerBytes is null || payloadBytes is null || signature is null)
        {
            return FederationErrors.Malformed("a part is not base64url");
        }
        var header = CanonicalJson.ParseCanonicalObject(headerBytes);
        if (header is null)
        {
            return FederationErrors.Malformed("the protected header is not canonical JSON");
        }
        if ((string?)header["alg"] != Algorithm || header.Count != 3)
        {
            return FederationErrors.Malformed("the header must be exactly alg EdDSA, kid and typ");
        }
        if ((string?)header["typ"] != expectedType)
        {
            return FederationErrors.Malformed("the JWS type is not " + expectedType);
        }
        var kid = (string?)header["kid"] ?? "";
        var slash = kid.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return FederationErrors.Malformed("the key id must be <node>/<thumbprint>");
        }
        var signer = kid[..slash];
        var key = findKey(signer, kid[(slash + 1)..]);
        if (key is null)
        {
            return FederationErrors.UnknownPeer(signer);
        }
        var publicKey = ImportedKeys.GetValue(key, k => PublicKey.Import(SignatureAlgorithm.Ed25519, k.X, KeyBlobFormat.RawPublicKey));
        if (signature.Length != 64 || !SignatureAlgorithm.Ed25519.Verify(publicKey, Encoding.ASCII.GetBytes(compact[..second]), signature))
        {
            return FederationErrors.BadSignature(signer);
        }
        var payload = CanonicalJson.ParseCanonicalObject(payloadBytes);
        if (payload is null)
        {
            return FederationErrors.Malformed("the payload is not canonical JSON");
        }
        return new VerifiedJws(compact, signer, kid, expectedType, payload);
    }
}
