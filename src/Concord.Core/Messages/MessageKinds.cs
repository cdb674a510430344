namespace Concord.Core.Messages;

/// <summary>What a message is for.</summary>
public enum MessageType
{
    InformationRequest,
    Reply,
    IntelligenceBulletin,
    Alert,
    HitNotice,
    RequestRelated,
    FreeText,
}

/// <summary>How fast the recipient is expected to act.</summary>
public enum MessagePriority
{
    Routine,
    Urgent,
    Immediate,
}

/// <summary>Where a message stands for one recipient node, as the sender sees it.</summary>
public enum DeliveryState
{
    /// <summary>In the outbox; not yet acknowledged by the next node.</summary>
    Pending = 0,
    /// <summary>Accepted by the hub, which relays it; no receipt from the recipient yet.</summary>
    Relayed = 1,
    /// <summary>The recipient node returned a signed delivery receipt.</summary>
    Delivered = 2,
    /// <summary>The recipient node returned a signed read receipt.</summary>
    Read = 3,
    /// <summary>The recipient node refused it for good (the reason is kept).</summary>
    Failed = 4,
}

/// <summary>The names used on the wire, in the API and in the database (kebab case, stable).</summary>
public static class MessageNames
{
    private static readonly Dictionary<MessageType, string> Types = new()
    {
        [MessageType.InformationRequest] = "information-request",
        [MessageType.Reply] = "reply",
        [MessageType.IntelligenceBulletin] = "intelligence-bulletin",
        [MessageType.Alert] = "alert",
        [MessageType.HitNotice] = "hit-notice",
        [MessageType.RequestRelated] = "request-related",
        [MessageType.FreeText] = "free-text",
    };

    private static readonly Dictionary<MessagePriority, string> Priorities = new()
    {
        [MessagePriority.Routine] = "routine",
        [MessagePriority.Urgent] = "urgent",
        [MessagePriority.Immediate] = "immediate",
    };

    private static readonly Dictionary<DeliveryState, string> States = new()
    {
        [DeliveryState.Pending] = "pending",
        [DeliveryState.Relayed] = "relayed",
        [DeliveryState.Delivered] = "delivered",
        [DeliveryState.Read] = "read",
        [DeliveryState.Failed] = "failed",
    };

    public static IEnumerable<MessageType> AllTypes => Types.Keys;
    public static IEnumerable<MessagePriority> AllPriorities => Priorities.Keys;

    public static string Of(MessageType type) => Types[type];
    public static string Of(MessagePriority priority) => Priorities[priority];
    public static string Of(DeliveryState state) => States[state];

    public static bool TryParseType(string? text, out MessageType type) => TryParse(Types, text, out type);
    public static bool TryParsePriority(string? text, out MessagePriority priority) => TryParse(Priorities, text, out priority);
    public static bool TryParseState(string? text, out DeliveryState state) => TryParse(States, text, out state);

    public static MessageType ParseType(string text) => TryParseType(text, out var t) ? t : throw new FormatException("Unknown message type " + text);
    public static MessagePriority ParsePriority(string text) => TryParsePriority(text, out var p) ? p : throw new FormatException("Unknown priority " + text);
    public static DeliveryState ParseState(string text) => TryParseState(text, out var s) ? s : throw new FormatException("Unknown delivery state " + text);

    private static bool TryParse<T>(Dictionary<T, string> names, string? text, out T value)
        where T : struct, Enum
    {
        foreach (var (key, name) in names)
        {
            if (string.Equals(name, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = key;
                return true;
            }
        }
        value = default;
        return false;
    }
}
