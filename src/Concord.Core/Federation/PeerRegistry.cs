using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Concord.Core.Federation;

/// <summary>A trusted node: id, name, base URL, home organisation and public keys.</summary>
public sealed record Peer(string Id, string Name, Uri? Url, string OrganisationId, IReadOnlyList<NodePublicKey> Keys)
{
    public NodePublicKey? SigningKey(string thumbprint) =>
        Keys.FirstOrDefault(k => k.Curve == NodePublicKey.Ed25519 && k.Thumbprint == thumbprint);

    /// <summary>The newest (last listed) encryption key.</summary>
    public NodePublicKey? EncryptionKey => Keys.LastOrDefault(k => k.Curve == NodePublicKey.X25519);
}

/// <summary>The registry as read from the file: the peers and which of them is the hub.</summary>
public sealed record PeerSet(IReadOnlyDictionary<string, Peer> Peers, string? Hub)
{
    public static readonly PeerSet Empty = new(new Dictionary<string, Peer>(StringComparer.Ordinal), null);

    public Peer? Find(string id) => Peers.TryGetValue(id, out var p) ? p : null;

    public static PeerSet Parse(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new InvalidDataException("The peer registry is not a JSON object.");
        var peers = new Dictionary<string, Peer>(StringComparer.Ordinal);
        foreach (var node in root["peers"] as JsonArray ?? [])
        {
            var id = (string?)node?["id"] ?? throw new InvalidDataException("A peer has no id.");
            var url = (string?)node?["url"];
            var keys = (node?["keys"] as JsonArray ?? []).Select(NodePublicKey.FromJwk).OfType<NodePublicKey>().ToList();
            peers[id] = new Peer(id, (string?)node?["name"] ?? id, string.IsNullOrEmpty(url) ? null : new Uri(url, UriKind.Absolute),
                (string?)node?["organisation"] ?? "", keys);
        }
        return new PeerSet(peers, (string?)root["hub"] is { Length: > 0 } hub ? hub : null);
    }

    public static JsonObject ToJson(IEnumerable<Peer> peers, string? hub) => new()
    {
        ["version"] = 1,
        ["hub"] = hub,
        ["peers"] = new JsonArray([.. peers.Select(p => (JsonNode)new JsonObject
        {
            ["id"] = p.Id,
            ["name"] = p.Name,
            ["url"] = p.Url?.ToString().TrimEnd('/'),
            ["organisation"] = p.OrganisationId,
            ["keys"] = new JsonArray([.. p.Keys.Select(k => (JsonNode)k.ToJwk())]),
        })]),
    };

    public static string Format(IEnumerable<Peer> peers, string? hub) =>
        ToJson(peers, hub).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}

/// <summary>
/// The registry of trusted peers, read from Federation:PeersFile and read again whenever the file changes, so that
/// operators add or remove a peer without restarting the node. A node trusts exactly the keys listed here. The file's
/// time and size are looked at most every <see cref="CheckInterval"/>, not on every message.
/// </summary>
public sealed class PeerRegistry(IOptions<FederationOptions> options)
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromMilliseconds(250);

    private readonly Lock _gate = new();
    private PeerSet _current = PeerSet.Empty;
    private (DateTime Written, long Length) _version;
    private long _checkedAt = long.MinValue;

    public PeerSet Current
    {
        get
        {
            var now = Environment.TickCount64;
            var checkedAt = Interlocked.Read(ref _checkedAt);
            if (checkedAt != long.MinValue && now - checkedAt < (long)CheckInterval.TotalMilliseconds)
            {
                return Volatile.Read(ref _current);
            }
            var path = options.Value.PeersFile;
            if (string.IsNullOrEmpty(path))
            {
                return PeerSet.Empty;
            }
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return PeerSet.Empty;
            }
            var version = (info.LastWriteTimeUtc, info.Length);
            lock (_gate)
            {
                if (version != _version)
                {
                    try
                    {
                        _current = PeerSet.Parse(File.ReadAllText(path));
                        _version = version;
                        Interlocked.Exchange(ref _checkedAt, now);
                    }
                    catch (Exception e) when (e is IOException or JsonException or InvalidDataException or UriFormatException)
                    {
                        // A half-written file keeps the previous registry until it is complete.
                    }
                }
                else
                {
                    Interlocked.Exchange(ref _checkedAt, now);
                }
                return _current;
            }
        }
    }

    public Peer? Find(string id) => Current.Find(id);

    /// <summary>The signing key of a node by thumbprint, for JWS verification.</summary>
    public NodePublicKey? FindSigningKey(string node, string thumbprint) => Find(node)?.SigningKey(thumbprint);
}
