namespace Concord.Core.Federation;

public enum OutboxState
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
}

/// <summary>
/// The transactional outbox: an item to hand to a peer, written in the same transaction as what produced it (a
/// message, a read receipt, an item relayed by the hub). The delivery worker sends pending entries per next hop in
/// <see cref="Id"/> order; the outbox, not memory, is the source of truth across crashes.
/// </summary>
public sealed class OutboxEntry
{
    public long Id { get; set; }
    public string NextHop { get; set; } = "";
    /// <summary>The node the item is for (differs from <see cref="NextHop"/> when it goes through the hub).</summary>
    public string Destination { get; set; } = "";
    /// <summary>The node that made and signed the item (this node, or the origin of an item the hub relays).</summary>
    public string Origin { get; set; } = "";
    /// <summary>"message", "receipt", "read-receipt".</summary>
    public string Kind { get; set; } = "";
    public Guid ItemId { get; set; }
    /// <summary>The end-to-end item, signed by the node that made it.</summary>
    public string ItemJws { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public OutboxState State { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
}

/// <summary>An incoming message that arrived before an earlier one of its thread: kept (and receipted) until the gap fills.</summary>
public sealed class HeldItem
{
    public Guid Id { get; set; }
    public string FromNode { get; set; } = "";
    public Guid ThreadId { get; set; }
    public long Sequence { get; set; }
    public string ItemJws { get; set; } = "";
    public string ReceiptJws { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
}

/// <summary>An envelope id (jti) seen recently; a second envelope with the same id is a replay.</summary>
public sealed class EnvelopeNonce
{
    public string Jti { get; set; } = "";
    public string Node { get; set; } = "";
    /// <summary>When it was seen, in Unix milliseconds (a number, so that both databases compare it).</summary>
    public long SeenAt { get; set; }
}

/// <summary>A named counter (listing positions, per-thread sequence numbers), advanced atomically in the caller's transaction.</summary>
public sealed class SequenceCounter
{
    public string Name { get; set; } = "";
    public long Value { get; set; }
}
