using System.Text.Json.Nodes;
using Concord.Core.Data;
using Microsoft.Extensions.Options;

namespace Concord.Core.Federation;

/// <summary>How an item reaches a node: locally, straight to the node, or through the hub (then sealed).</summary>
public sealed record Route(string Destination, string NextHop, bool Local, bool ViaHub);

/// <summary>
/// This node in the federation: its id, its keys, its trusted peers, and the signing and checking of envelopes and
/// items. A node without Federation:NodeId runs standalone: every node address is served locally.
/// </summary>
public sealed class FederationNode(IOptions<FederationOptions> options, IOptions<StorageOptions> storage, PeerRegistry registry, TimeProvider time)
{
    private readonly Lazy<NodeKeys> _keys = new(() => NodeKeys.LoadOrCreate(KeyFileOf(options.Value, storage.Value)));

    public FederationOptions Options => options.Value;
    public bool IsFederated => options.Value.IsFederated;
    public string NodeId => options.Value.NodeId;
    public NodeKeys Keys => _keys.Value;
    public PeerRegistry Registry => registry;
    public TimeProvider Time => time;

    public static string KeyFileOf(FederationOptions federation, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(federation);
        ArgumentNullException.ThrowIfNull(storage);
        return federation.KeyFile.Length > 0
            ? Path.GetFullPath(federation.KeyFile)
            : Path.Combine(Path.GetFullPath(storage.DataDirectory), "keys", "node-keys.jwk.json");
    }

    /// <summary>True when this node serves the node address itself.</summary>
    public bool IsLocal(string node) => !IsFederated || node == NodeId;

    /// <summary>The node ids a message may be addressed to.</summary>
    public bool IsKnownNode(string node, IEnumerable<string> memberStateCodes)
    {
        ArgumentNullException.ThrowIfNull(memberStateCodes);
        return IsFederated
            ? registry.Find(node) is not null
            : node is NodeAddressing.Rats or NodeAddressing.Secretariat || memberStateCodes.Any(c => string.Equals(c, node, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>How to reach a node: directly, or through the hub when asked (and possible).</summary>
    public Result<Route> RouteTo(string destination, bool viaHub)
    {
        if (IsLocal(destination))
        {
            return new Route(destination, destination, Local: true, ViaHub: false);
        }
        var peers = registry.Current;
        if (peers.Find(destination) is null)
        {
            return new Error("recipient-node-unknown", $"There is no node '{destination}' in this node's peer registry.", "to");
        }
        var hub = peers.Hub;
        if (viaHub && hub is not null && hub != NodeId && hub != destination && peers.Find(hub)?.Url is not null)
        {
            if (peers.Find(destination)?.EncryptionKey is null)
            {
                return new Error("recipient-has-no-encryption-key", $"The registry lists no X25519 key for '{destination}', so a message cannot be sealed for it.", "to");
            }
            return new Route(destination, hub, Local: false, ViaHub: true);
        }
        if (peers.Find(destination)?.Url is null)
        {
            return new Error("recipient-node-unreachable", $"The registry gives no URL for '{destination}'.", "to");
        }
        return new Route(destination, destination, Local: false, ViaHub: false);
    }

    public string SignItem(JsonObject payload) => Jws.Sign(NodeId, Keys, ItemKinds.ItemType, payload);

    /// <summary>Wraps an item in an envelope for one hop, with a fresh envelope id (jti) and the signing time.</summary>
    public string SignEnvelope(string audience, string kind, string item, out string jti)
    {
        jti = Guid.NewGuid().ToString("N");
        return Jws.Sign(NodeId, Keys, ItemKinds.EnvelopeType, new JsonObject
        {
            ["v"] = ItemKinds.ProtocolVersion,
            ["iss"] = NodeId,
            ["aud"] = audience,
            ["iat"] = time.GetUtcNow().ToUnixTimeSeconds(),
            ["jti"] = jti,
            ["kind"] = kind,
            ["item"] = item,
        });
    }

    public Result<VerifiedJws> VerifyEnvelope(string? compact) =>
        Jws.Verify(compact, ItemKinds.EnvelopeType, registry.FindSigningKey);

    public Result<VerifiedJws> VerifyItem(string? compact) =>
        Jws.Verify(compact, ItemKinds.ItemType, (node, thumbprint) =>
            node == NodeId && thumbprint == Keys.SigningPublic.Thumbprint ? Keys.SigningPublic : registry.FindSigningKey(node, thumbprint));

    /// <summary>This node as a registry entry (for `concord network init` and tests).</summary>
    public static Peer Describe(string id, string name, Uri? url, string organisation, NodeKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return new Peer(id, name, url, organisation, [keys.SigningPublic, keys.AgreementPublic]);
    }
}
