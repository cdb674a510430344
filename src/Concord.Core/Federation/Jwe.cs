using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using NSec.Cryptography;

namespace Concord.Core.Federation;

/// <summary>
/// Compact JWE (RFC 7516) for sealed messages: key agreement ECDH-ES with X25519 (RFC 8037 §3.2), the content key
/// derived with the Concat KDF of RFC 7518 §4.6 (SHA-256, direct key agreement), content encrypted with A256GCM.
/// The protected header is canonical JSON {"alg":"ECDH-ES","enc":"A256GCM","epk":{…},"kid":"&lt;node&gt;/&lt;thumbprint&gt;"};
/// it is the additional authenticated data, so routing data in it cannot be changed either.
/// </summary>
public static class Jwe
{
    public const string KeyAgreement = "ECDH-ES";
    public const string Encryption = "A256GCM";

    public static string Seal(string recipientNode, NodePublicKey recipientKey, ReadOnlySpan<byte> plaintext)
    {
        ArgumentNullException.ThrowIfNull(recipientKey);
        var algorithm = KeyAgreementAlgorithm.X25519;
        using var ephemeral = Key.Create(algorithm, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        var peer = PublicKey.Import(algorithm, recipientKey.X, KeyBlobFormat.RawPublicKey);
        var cek = DeriveKey(ephemeral, peer);
        var header = CanonicalJson.Encode(new JsonObject
        {
            ["alg"] = KeyAgreement,
            ["enc"] = Encryption,
            ["epk"] = new JsonObject { ["crv"] = NodePublicKey.X25519, ["kty"] = "OKP", ["x"] = Base64UrlText.Encode(ephemeral.PublicKey.Export(KeyBlobFormat.RawPublicKey)) },
            ["kid"] = recipientNode + "/" + recipientKey.Thumbprint,
        });
        var encodedHeader = Base64UrlText.Encode(header);
        var iv = RandomNumberGenerator.GetBytes(12);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[16];
        using (var aes = new AesGcm(cek, 16))
        {
            aes.Encrypt(iv, plaintext, ciphertext, tag, Encoding.ASCII.GetBytes(encodedHeader));
        }
        CryptographicOperations.ZeroMemory(cek);
        // Compact form: header . encrypted key (empty for direct key agreement) . iv . ciphertext . tag
        return encodedHeader + ".." + Base64UrlText.Encode(iv) + "." + Base64UrlText.Encode(ciphertext) + "." + Base64UrlText.Encode(tag);
    }

    /// <summary>Opens a sealed payload addressed to this node; an error when it is malformed, not for this key, or altered.</summary>
    public static Result<byte[]> Open(string? compact, string node, NodeKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var parts = compact?.Split('.') ?? [];
        if (parts.Length != 5 || parts[1].Length != 0)
        {
            return FederationErrors.Malformed("a sealed payload is a compact JWE with five parts and no encrypted key");
        }
        var headerBytes = Base64UrlText.TryDecode(parts[0]);
        var iv = Base64UrlText.TryDecode(parts[2]);
        var ciphertext = Base64UrlText.TryDecode(parts[3]);
        var tag = Base64UrlText.TryDecode(parts[4]);
        var header = headerBytes is null ? null : CanonicalJson.ParseCanonicalObject(headerBytes);
        if (header is null || iv is not { Length: 12 } || ciphertext is null || tag is not { Length: 16 })
        {
            return FederationErrors.Malformed("the sealed payload is not a valid JWE");
        }
        if ((string?)header["alg"] != KeyAgreement || (string?)header["enc"] != Encryption)
        {
            return FederationErrors.Malformed("the sealed payload must use ECDH-ES with A256GCM");
        }
        if ((string?)header["kid"] != node + "/" + keys.AgreementPublic.Thumbprint)
        {
            return new Error("not-sealed-for-this-node", "The sealed payload is encrypted for another node or key.");
        }
        var epk = NodePublicKey.FromJwk(header["epk"]);
        if (epk is null || epk.Curve != NodePublicKey.X25519)
        {
            return FederationErrors.Malformed("the ephemeral key is not an X25519 JWK");
        }
        var cek = DeriveKey(keys.Agreement, PublicKey.Import(KeyAgreementAlgorithm.X25519, epk.X, KeyBlobFormat.RawPublicKey));
        var plaintext = new byte[ciphertext.Length];
        try
        {
            using var aes = new AesGcm(cek, 16);
            aes.Decrypt(iv, ciphertext, tag, plaintext, Encoding.ASCII.GetBytes(parts[0]));
        }
        catch (AuthenticationTagMismatchException)
        {
            return new Error("seal-broken", "The sealed payload was altered or the key does not match.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(cek);
        }
        return plaintext;
    }

    /// <summary>Concat KDF (NIST SP 800-56A, RFC 7518 §4.6.2) for "enc" A256GCM with empty PartyUInfo and PartyVInfo.</summary>
    private static byte[] DeriveKey(Key privateKey, PublicKey publicKey)
    {
        using var shared = KeyAgreementAlgorithm.X25519.Agree(privateKey, publicKey, new SharedSecretCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport })
            ?? throw new CryptographicException("X25519 key agreement failed (low-order point).");
        var z = shared.Export(SharedSecretBlobFormat.RawSharedSecret);
        var algorithmId = Encoding.ASCII.GetBytes(Encryption);
        var input = new byte[4 + z.Length + 4 + algorithmId.Length + 4 + 4 + 4];
        var span = input.AsSpan();
        BinaryPrimitives.WriteInt32BigEndian(span, 1);
        z.CopyTo(span[4..]);
        var offset = 4 + z.Length;
        BinaryPrimitives.WriteInt32BigEndian(span[offset..], algorithmId.Length);
        algorithmId.CopyTo(span[(offset + 4)..]);
        offset += 4 + algorithmId.Length;
        BinaryPrimitives.WriteInt32BigEndian(span[offset..], 0); // PartyUInfo: empty
        BinaryPrimitives.WriteInt32BigEndian(span[(offset + 4)..], 0); // PartyVInfo: empty
        BinaryPrimitives.WriteInt32BigEndian(span[(offset + 8)..], 256); // SuppPubInfo: key length in bits
        var key = SHA256.HashData(input);
        CryptographicOperations.ZeroMemory(z);
        CryptographicOperations.ZeroMemory(input);
        return key;
    }
}
