using System.Globalization;
using System.Text.Json.Nodes;

namespace Concord.Core.Federation;

/// <summary>The kinds of end-to-end items and the JOSE "typ" values of the protocol (docs/federation-protocol.md §4).</summary>
public static class ItemKinds
{
    public const string Message = "message";
    public const string Receipt = "receipt";
    public const string ReadReceipt = "read-receipt";
    public const string RelayReceipt = "relay-receipt";

    /// <summary>"typ" of an envelope (one hop, signed by the node that sends it over that hop).</summary>
    public const string EnvelopeType = "concord-envelope+jws";
    /// <summary>"typ" of an item (end to end, signed by the node that made it).</summary>
    public const string ItemType = "concord-item+jws";

    public const int ProtocolVersion = 1;

    public static string FormatTime(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;
}

/// <summary>An attachment as it travels: name, media type, size, SHA-256 (hex) and the bytes.</summary>
public sealed record WireAttachment(string Name, string MediaType, long Size, string Sha256, byte[] Data);

/// <summary>What a message says; travels in clear in "content", or encrypted as "sealed" when it goes through the hub.</summary>
public sealed record MessageContent(
    string Type,
    string Priority,
    string Handling,
    string HandlingConditions,
    string Evaluation,
    string Subject,
    string Body,
    string Language,
    string CaseReference,
    Guid? InReplyTo,
    DateTimeOffset? Deadline,
    string FromOrganisation,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<WireAttachment> Attachments)
{
    public JsonObject ToJson()
    {
        var o = new JsonObject
        {
            ["type"] = Type,
            ["priority"] = Priority,
            ["handling"] = Handling,
            ["subject"] = Subject,
            ["body"] = Body,
            ["language"] = Language,
            ["fromOrganisation"] = FromOrganisation,
            ["recipients"] = new JsonArray([.. Recipients.Select(r => (JsonNode)JsonValue.Create(r))]),
        };
        Optional(o, "handlingConditions", HandlingConditions);
        Optional(o, "evaluation", Evaluation);
        Optional(o, "case", CaseReference);
        Optional(o, "inReplyTo", InReplyTo?.ToString("D"));
        Optional(o, "deadline", Deadline is { } d ? ItemKinds.FormatTime(d) : null);
        if (Attachments.Count > 0)
        {
            o["attachments"] = new JsonArray([.. Attachments.Select(a => (JsonNode)new JsonObject
            {
                ["name"] = a.Name,
                ["mediaType"] = a.MediaType,
                ["size"] = a.Size,
                ["sha256"] = a.Sha256,
                ["data"] = Base64UrlText.Encode(a.Data),
            })]);
        }
        return o;
    }

    public static Result<MessageContent> FromJson(JsonNode? node)
    {
        if (node is not JsonObject o)
        {
            return FederationErrors.InvalidContent("content is not an object");
        }
        try
        {
            var attachments = new List<WireAttachment>();
            foreach (var a in o["attachments"] as JsonArray ?? [])
            {
                var data = Base64UrlText.TryDecode((string?)a?["data"]) ?? throw new FormatException("attachment data is not base64url");
                attachments.Add(new WireAttachment((string)a!["name"]!, (string)a["mediaType"]!, (long)a["size"]!, (string)a["sha256"]!, data));
            }
            Guid? inReplyTo = (string?)o["inReplyTo"] is { } r ? Guid.Parse(r, CultureInfo.InvariantCulture) : null;
            var deadlineText = (string?)o["deadline"];
            DateTimeOffset? deadline = deadlineText is null ? null : ItemKinds.ParseTime(deadlineText) ?? throw new FormatException("deadline is not a protocol time");
            return new MessageContent(
                (string)o["type"]!, (string)o["priority"]!, (string)o["handling"]!, (string?)o["handlingConditions"] ?? "",
                (string?)o["evaluation"] ?? "", (string)o["subject"]!, (string)o["body"]!, (string)o["language"]!,
                (string?)o["case"] ?? "", inReplyTo, deadline, (string)o["fromOrganisation"]!,
                [.. (o["recipients"] as JsonArray ?? []).Select(x => (string)x!)], attachments);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or NullReferenceException or ArgumentException)
        {
            return FederationErrors.InvalidContent("a required field is missing or has the wrong type");
        }
    }

    private static void Optional(JsonObject o, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            o[name] = value;
        }
    }
}

/// <summary>
/// The routing data of a message item, visible to every node on the way: ids, nodes, thread and sequence. The content
/// is either in clear (<see cref="Content"/>) or sealed for the recipient (<see cref="Sealed"/>, a compact JWE).
/// </summary>
public sealed record MessageItem(Guid Id, string From, string To, Guid Thread, long Sequence, DateTimeOffset Created, JsonObject? Content, string? Sealed)
{
    public JsonObject ToJson()
    {
        var o = new JsonObject
        {
            ["v"] = ItemKinds.ProtocolVersion,
            ["kind"] = ItemKinds.Message,
            ["id"] = Id.ToString("D"),
            ["from"] = From,
            ["to"] = To,
            ["thread"] = Thread.ToString("D"),
            ["seq"] = Sequence,
            ["created"] = ItemKinds.FormatTime(Created),
        };
        if (Sealed is not null)
        {
            o["sealed"] = Sealed;
        }
        else
        {
            o["content"] = Content?.DeepClone();
        }
        return o;
    }

    public static Result<MessageItem> FromJson(JsonObject o)
    {
        ArgumentNullException.ThrowIfNull(o);
        try
        {
            var created = ItemKinds.ParseTime((string?)o["created"]) ?? throw new FormatException("created");
            var sealedText = (string?)o["sealed"];
            var content = o["content"] as JsonObject;
            if ((sealedText is null) == (content is null) || (int?)o["v"] != ItemKinds.ProtocolVersion)
            {
                throw new FormatException("exactly one of content and sealed");
            }
            var seq = (long)o["seq"]!;
            if (seq < 1)
            {
                throw new FormatException("seq");
            }
            return new MessageItem(Guid.Parse((string)o["id"]!, CultureInfo.InvariantCulture), (string)o["from"]!, (string)o["to"]!,
                Guid.Parse((string)o["thread"]!, CultureInfo.InvariantCulture), seq, created, content, sealedText);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or NullReferenceException or ArgumentException)
        {
            return FederationErrors.Malformed("the message item lacks id, from, to, thread, seq, created, or content/sealed");
        }
    }
}

/// <summary>
/// A receipt for a message: "receipt" (the recipient node stored it), "read-receipt" (a recipient opened it) or
/// "relay-receipt" (the hub took it for relaying). <see cref="Digest"/> is the SHA-256 of the message item's compact
/// JWS, so the receipt proves what exactly was received.
/// </summary>
public sealed record ReceiptItem(string Kind, Guid Id, string From, string To, Guid Of, string Digest, DateTimeOffset Time, string? By)
{
    public JsonObject ToJson()
    {
        var o = new JsonObject
        {
            ["v"] = ItemKinds.ProtocolVersion,
            ["kind"] = Kind,
            ["id"] = Id.ToString("D"),
            ["from"] = From,
            ["to"] = To,
            ["of"] = Of.ToString("D"),
            ["digest"] = Digest,
            ["time"] = ItemKinds.FormatTime(Time),
        };
        if (By is not null)
        {
            o["by"] = By;
        }
        return o;
    }

    public static Result<ReceiptItem> FromJson(JsonObject o)
    {
        ArgumentNullException.ThrowIfNull(o);
        try
        {
            var kind = (string)o["kind"]!;
            if (kind is not (ItemKinds.Receipt or ItemKinds.ReadReceipt or ItemKinds.RelayReceipt) || (int?)o["v"] != ItemKinds.ProtocolVersion)
            {
                throw new FormatException("kind");
            }
            return new ReceiptItem(kind, Guid.Parse((string)o["id"]!, CultureInfo.InvariantCulture), (string)o["from"]!, (string)o["to"]!,
                Guid.Parse((string)o["of"]!, CultureInfo.InvariantCulture), (string)o["digest"]!,
                ItemKinds.ParseTime((string?)o["time"]) ?? throw new FormatException("time"), (string?)o["by"]);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or NullReferenceException or ArgumentException)
        {
            return FederationErrors.Malformed("the receipt lacks kind, id, from, to, of, digest or time");
        }
    }

    public static string DigestOf(string compactItem) =>
        Base64UrlText.Encode(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(compactItem)));
}
