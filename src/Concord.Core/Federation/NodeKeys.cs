using System.Security.Cryptography;
using System.Text.Json.Nodes;
using NSec.Cryptography;

namespace Concord.Core.Federation;

/// <summary>A public key of a node as a JWK (RFC 8037 "OKP"): Ed25519 for signatures, X25519 for encryption.</summary>
public sealed record NodePublicKey(string Curve, byte[] X)
{
    public const string Ed25519 = "Ed25519";
    public const string X25519 = "X25519";

    /// <summary>The RFC 7638 thumbprint: SHA-256 of {"crv","kty","x"} in canonical form, base64url.</summary>
    public string Thumbprint { get; } = ComputeThumbprint(Curve, X);

    public JsonObject ToJwk() => new()
    {
        ["kty"] = "OKP",
        ["crv"] = Curve,
        ["x"] = Base64UrlText.Encode(X),
        ["use"] = Curve == Ed25519 ? "sig" : "enc",
        ["kid"] = Thumbprint,
    };

    public static NodePublicKey? FromJwk(JsonNode? jwk)
    {
        if (jwk is not JsonObject o || (string?)o["kty"] != "OKP")
        {
            return null;
        }
        var curve = (string?)o["crv"];
        var x = Base64UrlText.TryDecode((string?)o["x"]);
        return curve is Ed25519 or X25519 && x is { Length: 32 } ? new NodePublicKey(curve, x) : null;
    }

    private static string ComputeThumbprint(string curve, byte[] x)
    {
        var canonical = CanonicalJson.Encode(new JsonObject { ["crv"] = curve, ["kty"] = "OKP", ["x"] = Base64UrlText.Encode(x) });
        return Base64UrlText.Encode(SHA256.HashData(canonical));
    }
}

/// <summary>
/// The node's own key pairs: Ed25519 to sign envelopes and receipts, X25519 to open sealed messages. Kept in a JWK set
/// file (RFC 7517) readable by the node's account only. Created when the file does not exist yet.
/// </summary>
public sealed class NodeKeys : IDisposable
{
    private NodeKeys(Key signing, Key agreement)
    {
        Signing = signing;
        Agreement = agreement;
        SigningPublic = new NodePublicKey(NodePublicKey.Ed25519, signing.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        AgreementPublic = new NodePublicKey(NodePublicKey.X25519, agreement.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    public Key Signing { get; }
    public Key Agreement { get; }
    public NodePublicKey SigningPublic { get; }
    public NodePublicKey AgreementPublic { get; }

    private static KeyCreationParameters Exportable => new() { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };

    public static NodeKeys Generate() =>
        new(Key.Create(SignatureAlgorithm.Ed25519, Exportable), Key.Create(KeyAgreementAlgorithm.X25519, Exportable));

    /// <summary>Reads the key file, or creates it (mode 0600 on Unix) when it does not exist.</summary>
    public static NodeKeys LoadOrCreate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            return Load(path);
        }
        var keys = Generate();
        keys.Save(path);
        return keys;
    }

    public static NodeKeys Load(string path)
    {
        var json = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
            ?? throw new InvalidDataException($"The key file {path} is not a JWK set.");
        Key? signing = null, agreement = null;
        foreach (var jwk in json["keys"] as JsonArray ?? [])
        {
            var crv = (string?)jwk?["crv"];
            var d = Base64UrlText.TryDecode((string?)jwk?["d"]);
            if (d is not { Length: 32 })
            {
                continue;
            }
            if (crv == NodePublicKey.Ed25519)
            {
                signing = Key.Import(SignatureAlgorithm.Ed25519, d, KeyBlobFormat.RawPrivateKey, Exportable);
            }
            else if (crv == NodePublicKey.X25519)
            {
                agreement = Key.Import(KeyAgreementAlgorithm.X25519, d, KeyBlobFormat.RawPrivateKey, Exportable);
            }
        }
        if (signing is null || agreement is null)
        {
            signing?.Dispose();
            agreement?.Dispose();
            throw new InvalidDataException($"The key file {path} must hold an Ed25519 and an X25519 private key (JWK, kty OKP, with d).");
        }
        return new NodeKeys(signing, agreement);
    }

    public void Save(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            System.IO.Directory.CreateDirectory(directory);
        }
        var sig = SigningPublic.ToJwk();
        sig["d"] = Base64UrlText.Encode(Signing.Export(KeyBlobFormat.RawPrivateKey));
        var enc = AgreementPublic.ToJwk();
        enc["d"] = Base64UrlText.Encode(Agreement.Export(KeyBlobFormat.RawPrivateKey));
        var text = new JsonObject { ["keys"] = new JsonArray(sig, enc) }.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(text);
    }

    public void Dispose()
    {
        Signing.Dispose();
        Agreement.Dispose();
    }
}
