using System.Text;
using System.Text.Json.Nodes;
using Concord.Core.Federation;

namespace Concord.Tests.Federation;

/// <summary>Canonical JSON, JWS (EdDSA/Ed25519) and JWE (ECDH-ES X25519 + A256GCM) as the protocol uses them.</summary>
public sealed class CryptoTests
{
    [Fact]
    public void Canonical_JSON_sorts_members_by_code_unit_and_escapes_minimally()
    {
        var json = new JsonObject { ["b"] = 1, ["a"] = "x\"y\\z\n\u0001é中", ["A"] = new JsonArray(true, false, null), ["aa"] = new JsonObject { ["z"] = -5, ["y"] = 0 } };
        Assert.Equal("{\"A\":[true,false,null],\"a\":\"x\\\"y\\\\z\\n\\u0001é中\",\"aa\":{\"y\":0,\"z\":-5},\"b\":1}", Encoding.UTF8.GetString(CanonicalJson.Encode(json)));
    }

    [Theory]
    [InlineData("{\"b\":1,\"a\":2}")]
    [InlineData("{ \"a\":1}")]
    [InlineData("{\"a\":1.5}")]
    [InlineData("{\"a\":1,\"a\":2}")]
    [InlineData("[1]")]
    [InlineData("{\"a\":\"\\u00e9\"}")]
    public void Non_canonical_or_non_object_payloads_are_refused(string text) =>
        Assert.Null(CanonicalJson.ParseCanonicalObject(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void A_signed_item_verifies_with_the_registered_key_and_yields_its_payload()
    {
        using var keys = NodeKeys.Generate();
        var compact = Jws.Sign("kz", keys, ItemKinds.ItemType, new JsonObject { ["hello"] = "世界", ["n"] = 3 });
        var verified = Jws.Verify(compact, ItemKinds.ItemType, (node, thumbprint) => node == "kz" && thumbprint == keys.SigningPublic.Thumbprint ? keys.SigningPublic : null);
        Assert.True(verified.IsSuccess);
        Assert.Equal("kz", verified.Value.Signer);
        Assert.Equal("世界", (string?)verified.Value.Payload["hello"]);
    }

    [Fact]
    public void Every_single_character_change_in_the_payload_or_signature_is_detected()
    {
        using var keys = NodeKeys.Generate();
        var compact = Jws.Sign("kz", keys, ItemKinds.ItemType, new JsonObject { ["subject"] = "Meeting in Tashkent", ["seq"] = 1 });
        var dot = compact.IndexOf('.', StringComparison.Ordinal);
        for (var i = dot + 1; i < compact.Length; i += 3)
        {
            if (compact[i] == '.')
            {
                continue;
            }
            var chars = compact.ToCharArray();
            chars[i] = chars[i] == 'A' ? 'B' : 'A';
            var result = Jws.Verify(new string(chars), ItemKinds.ItemType, (_, _) => keys.SigningPublic);
            Assert.False(result.IsSuccess);
            Assert.Contains(result.Errors[0].Code, new[] { "bad-signature", "malformed-envelope" });
        }
    }

    [Fact]
    public void A_signature_by_an_unregistered_key_is_an_unknown_peer()
    {
        using var keys = NodeKeys.Generate();
        using var other = NodeKeys.Generate();
        var compact = Jws.Sign("kz", keys, ItemKinds.ItemType, new JsonObject { ["a"] = 1 });
        var result = Jws.Verify(compact, ItemKinds.ItemType, (node, thumbprint) => thumbprint == other.SigningPublic.Thumbprint ? other.SigningPublic : null);
        Assert.Equal("unknown-peer", result.Errors[0].Code);
    }

    [Fact]
    public void A_key_substituted_under_a_known_thumbprint_does_not_verify()
    {
        using var keys = NodeKeys.Generate();
        using var impostor = NodeKeys.Generate();
        var compact = Jws.Sign("kz", impostor, ItemKinds.ItemType, new JsonObject { ["a"] = 1 });
        Assert.Equal("bad-signature", Jws.Verify(compact, ItemKinds.ItemType, (_, _) => keys.SigningPublic).Errors[0].Code);
    }

    [Fact]
    public void An_envelope_cannot_be_passed_off_as_an_item()
    {
        using var keys = NodeKeys.Generate();
        var compact = Jws.Sign("kz", keys, ItemKinds.EnvelopeType, new JsonObject { ["a"] = 1 });
        Assert.Equal("malformed-envelope", Jws.Verify(compact, ItemKinds.ItemType, (_, _) => keys.SigningPublic).Errors[0].Code);
    }

    [Fact]
    public void A_sealed_payload_opens_only_for_its_node_and_only_unaltered()
    {
        using var cn = NodeKeys.Generate();
        using var hub = NodeKeys.Generate();
        var plaintext = Encoding.UTF8.GetBytes("{\"subject\":\"Совместная операция 联合行动\"}");
        var sealedText = Jwe.Seal("cn", cn.AgreementPublic, plaintext);
        Assert.DoesNotContain("subject", sealedText, StringComparison.Ordinal);
        Assert.Equal(plaintext, Jwe.Open(sealedText, "cn", cn).Value);
        Assert.Equal("not-sealed-for-this-node", Jwe.Open(sealedText, "rats", hub).Errors[0].Code);

        var parts = sealedText.Split('.');
        var ciphertext = parts[3].ToCharArray();
        ciphertext[0] = ciphertext[0] == 'A' ? 'B' : 'A';
        parts[3] = new string(ciphertext);
        Assert.Equal("seal-broken", Jwe.Open(string.Join('.', parts), "cn", cn).Errors[0].Code);
    }

    [Fact]
    public void Two_seals_of_the_same_plaintext_differ_because_each_has_its_own_ephemeral_key_and_iv()
    {
        using var cn = NodeKeys.Generate();
        var plaintext = Encoding.UTF8.GetBytes("same");
        Assert.NotEqual(Jwe.Seal("cn", cn.AgreementPublic, plaintext), Jwe.Seal("cn", cn.AgreementPublic, plaintext));
    }

    [Fact]
    public void Node_keys_survive_a_save_and_load_and_the_file_is_private()
    {
        var directory = Support.TestPaths.NewTempDirectory();
        var file = Path.Combine(directory, "keys.jwk.json");
        using var created = NodeKeys.LoadOrCreate(file);
        using var loaded = NodeKeys.LoadOrCreate(file);
        Assert.Equal(created.SigningPublic.Thumbprint, loaded.SigningPublic.Thumbprint);
        Assert.Equal(created.AgreementPublic.Thumbprint, loaded.AgreementPublic.Thumbprint);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void The_peer_registry_round_trips_through_its_file_format()
    {
        using var keys = NodeKeys.Generate();
        var text = PeerSet.Format([FederationNode.Describe("kz", "Kazakhstan", new Uri("http://127.0.0.1:5102"), "kz-knb", keys)], "rats");
        var set = PeerSet.Parse(text);
        Assert.Equal("rats", set.Hub);
        var kz = set.Find("kz")!;
        Assert.Equal("kz-knb", kz.OrganisationId);
        Assert.Equal(keys.SigningPublic.Thumbprint, kz.SigningKey(keys.SigningPublic.Thumbprint)!.Thumbprint);
        Assert.Equal(keys.AgreementPublic.Thumbprint, kz.EncryptionKey!.Thumbprint);
    }
}
