namespace Concord.Core.Federation;

/// <summary>Why a node refuses an envelope or an item. The codes are part of the wire protocol (docs/federation-protocol.md).</summary>
public static class FederationErrors
{
    public static Error Malformed(string why) => new("malformed-envelope", "The envelope is malformed: " + why + ".");
    public static Error UnknownPeer(string node) => new("unknown-peer", $"'{Clip(node)}' is not in this node's registry of trusted peers, or the key id is not one of its keys.");
    public static Error BadSignature(string node) => new("bad-signature", $"The signature does not verify with the key registered for '{Clip(node)}': the envelope was altered or not signed by that node.");
    public static Error WrongAudience(string audience) => new("wrong-audience", $"The envelope is addressed to '{Clip(audience)}', not to this node.");
    public static Error Stale() => new("stale-envelope", "The envelope was signed outside the accepted time window.");
    public static Error Replayed() => new("replayed-envelope", "This envelope (jti) was already received: a replay.");
    public static Error NotForThisNode(string node) => new("no-route", $"This node does not deliver to or relay for '{Clip(node)}'.");
    public static Error SenderMismatch() => new("sender-mismatch", "The item's signer, its 'from' and the envelope do not agree.");
    public static Error OrganisationNotOfSender() => new("organisation-not-of-sender", "The sending organisation is not hosted by the node that signed the message.");
    public static Error InvalidContent(string why) => new("invalid-content", "The message content is invalid: " + why + ".");
    public static Error SequenceReused() => new("sequence-reused", "A different message already holds this sequence number in the thread.");
    public static Error UnknownMessage() => new("unknown-message", "The receipt refers to a message this node did not send to that peer.");
    public static Error NotConfigured() => new("federation-not-configured", "This node has no federation settings (Federation:NodeId).");

    /// <summary>Untrusted text from the network is cut before it goes into messages and the audit log.</summary>
    public static string Clip(string? text) => text is null ? "" : text.Length <= 64 ? text : text[..64];
}
