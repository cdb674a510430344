using Concord.Core.Handling;

namespace Concord.Core.Messages;

/// <summary>
/// A message as this node holds it: sent from here (<see cref="IsOutgoing"/>) or received from a peer. Its id is
/// chosen by the sending node and is the same on every node; a node never stores a message id twice.
/// </summary>
public sealed class Message
{
    public Guid Id { get; set; }
    /// <summary>This node's listing order (inbox and outbox pages go backwards from it).</summary>
    public long Position { get; set; }
    public Guid ThreadId { get; set; }
    public Guid? InReplyTo { get; set; }
    public string CaseReference { get; set; } = "";
    public MessageType Type { get; set; }
    public MessagePriority Priority { get; set; }
    public HandlingCode HandlingCode { get; set; }
    public string HandlingConditions { get; set; } = "";
    /// <summary>4x4 evaluation ("B2"), or empty.</summary>
    public string Evaluation { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>"zh", "ru", "en" (or another BCP 47 tag given by the sender).</summary>
    public string Language { get; set; } = "";
    public DateTimeOffset? Deadline { get; set; }
    public string FromNode { get; set; } = "";
    public string FromOrganisation { get; set; } = "";
    /// <summary>The account that sent it; only on the sending node.</summary>
    public string? FromUserId { get; set; }
    public string FromUserName { get; set; } = "";
    /// <summary>When the sending node accepted it.</summary>
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When this node received it (null on the sending node).</summary>
    public DateTimeOffset? ReceivedAt { get; set; }
    public bool IsOutgoing { get; set; }
    /// <summary>Travelled sealed end to end (through the hub).</summary>
    public bool Sealed { get; set; }
    public string? IdempotencyKey { get; set; }
    /// <summary>Incoming: the sender's sequence number of this message in its thread towards this node.</summary>
    public long? InboundSequence { get; set; }
    /// <summary>Incoming: the item exactly as signed by the sending node (non-repudiation).</summary>
    public string? ItemJws { get; set; }
    /// <summary>Incoming: the delivery receipt this node signed for it, returned again for a retried delivery.</summary>
    public string? ReceiptJws { get; set; }
    /// <summary>Incoming: first opened by a recipient on this node.</summary>
    public DateTimeOffset? ReadAt { get; set; }
    public string? ReadByOrganisation { get; set; }
    /// <summary>Subject, case reference and body in lower case, for search.</summary>
    public string SearchText { get; set; } = "";

    public List<MessageRecipient> Recipients { get; set; } = [];
    public List<MessageAttachment> Attachments { get; set; } = [];
    public List<Delivery> Deliveries { get; set; } = [];
}

/// <summary>One address of a message as the sender wrote it: a node ("kz", "rats") or an organisation ("kz-mvd").</summary>
public sealed class MessageRecipient
{
    public Guid MessageId { get; set; }
    public string Address { get; set; } = "";
    /// <summary>The node that serves the address.</summary>
    public string Node { get; set; } = "";
    /// <summary>The organisation addressed, or null when the address is a whole node (its national central point).</summary>
    public string? OrganisationId { get; set; }
}

/// <summary>A file sent with a message: its bytes and SHA-256, checked again on arrival.</summary>
public sealed class MessageAttachment
{
    public Guid MessageId { get; set; }
    public int Index { get; set; }
    public string Name { get; set; } = "";
    public string MediaType { get; set; } = "";
    public long Size { get; set; }
    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
}

/// <summary>The sending node's view of one recipient node: sequence in the thread, state and the signed receipts.</summary>
public sealed class Delivery
{
    public Guid MessageId { get; set; }
    public string Node { get; set; } = "";
    /// <summary>The node the envelope goes to first: the recipient itself, or the hub.</summary>
    public string NextHop { get; set; } = "";
    /// <summary>Position of the message in its thread from this node to <see cref="Node"/>: 1, 2, 3, ...</summary>
    public long Sequence { get; set; }
    public DeliveryState State { get; set; }
    public bool Local { get; set; }
    public DateTimeOffset? RelayedAt { get; set; }
    public string? RelayReceiptJws { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public string? ReceiptJws { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public string? ReadReceiptJws { get; set; }
    public string? Error { get; set; }
}
