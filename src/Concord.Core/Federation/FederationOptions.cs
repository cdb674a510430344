namespace Concord.Core.Federation;

/// <summary>Settings section "Federation". A node without a NodeId runs standalone: every address is local.</summary>
public sealed class FederationOptions
{
    public const string Section = "Federation";

    /// <summary>This node's id in the peer registry: a member state's code in lower case ("kz") or "rats".</summary>
    public string NodeId { get; set; } = "";

    /// <summary>The organisation that answers for the node (its national central point), e.g. kz-knb or rats-executive-committee.</summary>
    public string OrganisationId { get; set; } = "";

    /// <summary>The JWK set file with this node's Ed25519 and X25519 private keys; created when missing.</summary>
    public string KeyFile { get; set; } = "";

    /// <summary>The registry of trusted peers (JSON, docs/federation-protocol.md §3); re-read when it changes.</summary>
    public string PeersFile { get; set; } = "";

    /// <summary>Send messages for other national nodes through the hub (the RATS node), sealed end to end.</summary>
    public bool RouteViaHub { get; set; }

    /// <summary>Envelopes per delivery request (at most <see cref="ReceiveEnvelopes.MaxBatch"/>, which a peer takes).</summary>
    public int BatchSize { get; set; } = 400;

    /// <summary>Delivery worker: first retry delay after a failure, doubled per failure up to <see cref="MaxBackoffMilliseconds"/>.</summary>
    public int MinBackoffMilliseconds { get; set; } = 250;

    public int MaxBackoffMilliseconds { get; set; } = 30_000;

    /// <summary>How often the worker looks at the outbox when nothing woke it.</summary>
    public int PollMilliseconds { get; set; } = 2_000;

    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Envelopes signed more than this long before (or after) arrival are refused as stale.</summary>
    public int FreshnessSeconds { get; set; } = 300;

    /// <summary>Largest attachment, in bytes.</summary>
    public int MaxAttachmentBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Most attachments per message.</summary>
    public int MaxAttachments { get; set; } = 10;

    public bool IsFederated => NodeId.Length > 0;
}
