using Concord.Core.Handling;
using Concord.Core.Messages;
using Concord.Web.Accounts;
using Concord.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Web.Messages;

/// <summary>Messages between organisations: send, list (inbox, outbox, thread, search), read, download attachments.</summary>
public static class MessageEndpoints
{
    public sealed record AttachmentUpload(string? Name, string? MediaType, string? Content);

    public sealed record SendMessageRequest(
        List<string>? To,
        string? Type,
        string? Priority,
        string? HandlingCode,
        string? Subject,
        string? Body,
        string? HandlingConditions = null,
        string? Evaluation = null,
        string? Language = null,
        string? CaseReference = null,
        Guid? InReplyTo = null,
        DateTimeOffset? Deadline = null,
        List<AttachmentUpload>? Attachments = null,
        string? IdempotencyKey = null,
        string? Route = null);

    public sealed record DeliveryDto(string Node, string State, bool ViaHub, DateTimeOffset? DeliveredAt = null, DateTimeOffset? ReadAt = null, string? Error = null);

    public sealed record SentDto(Guid Id, Guid ThreadId, bool Duplicate, IReadOnlyList<DeliveryDto> Deliveries);

    public sealed record MessageItemDto(Guid Id, Guid ThreadId, string From, string FromNode, IReadOnlyList<string> To, string Type, string Priority,
        string HandlingCode, string Subject, string? CaseReference, DateTimeOffset CreatedAt, DateTimeOffset? ReceivedAt, DateTimeOffset? Deadline,
        string Direction, string DeliveryState, bool Read, bool Sealed, int Attachments, long? Sequence, IReadOnlyList<DeliveryDto> Deliveries);

    public sealed record MessagePageDto(IReadOnlyList<MessageItemDto> Items, string? Next);

    public sealed record AttachmentDto(int Index, string Name, string MediaType, long Size, string Sha256, string Url);

    public sealed record ReceiptDto(string Node, string NextHop, long Sequence, string State, bool Local, DateTimeOffset? RelayedAt, DateTimeOffset? DeliveredAt,
        DateTimeOffset? ReadAt, string? DeliveryReceipt, string? ReadReceipt, string? Error);

    public sealed record MessageDetailDto(MessageItemDto Summary, string Body, string? HandlingConditions, string? Evaluation, string Language, Guid? InReplyTo,
        IReadOnlyList<AttachmentDto> Attachments, IReadOnlyList<ReceiptDto> Receipts, string? SignedItem);

    public static RouteGroupBuilder MapMessageEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/messages").WithTags("Messages");

        group.MapPost("", async (SendMessageRequest request, SendMessage handler, HttpContext http, CancellationToken ct) =>
        {
            var attachments = new List<NewAttachment>();
            foreach (var a in request.Attachments ?? [])
            {
                var bytes = Decode(a.Content);
                if (bytes is null)
                {
                    return ErrorHandling.Problem([new Core.Error("attachment-content-invalid", "Attachment content must be base64.", "attachments")]);
                }
                attachments.Add(new NewAttachment(a.Name ?? "", a.MediaType ?? "", bytes));
            }
            var result = await handler.ExecuteAsync(CallerAccessor.From(http), new NewMessage(
                request.To ?? [], request.Type ?? "", request.Priority ?? "", request.HandlingCode ?? "", request.Subject ?? "", request.Body ?? "",
                request.HandlingConditions, request.Evaluation, request.Language, request.CaseReference, request.InReplyTo, request.Deadline,
                attachments, request.IdempotencyKey, request.Route), ct);
            if (!result.IsSuccess)
            {
                return ErrorHandling.Problem(result.Errors);
            }
            var sent = result.Value;
            return TypedResults.Accepted("/api/v1/messages/" + sent.Id.ToString("D"), new SentDto(sent.Id, sent.ThreadId, sent.Duplicate,
                [.. sent.Deliveries.Select(d => new DeliveryDto(d.Node, MessageNames.Of(d.State), d.ViaHub))]));
        }).WithName("SendMessage")
          .WithSummary("Sends a message to nodes (\"kz\", \"rats\") and/or organisations (\"kz-mvd\"). 202 with the message id; the same idempotencyKey returns the same message.")
          .WithMetadata(new RequestSizeLimitAttribute(64 * 1024 * 1024))
          .Produces<SentDto>(StatusCodes.Status202Accepted);

        group.MapGet("", async (string? box, int? pageSize, long? before, string? q, Guid? thread, string? type, string? priority, string? @case,
            ListMessages handler, HttpContext http, CancellationToken ct) =>
        {
            var query = new MessageQuery(box ?? (thread is null ? MessageBoxes.Inbox : MessageBoxes.All), q, thread, type, priority, @case, before, pageSize ?? 50);
            var result = await handler.ExecuteAsync(CallerAccessor.From(http), query, ct);
            if (!result.IsSuccess)
            {
                return ErrorHandling.Problem(result.Errors);
            }
            var page = result.Value;
            string? next = page.NextBefore is { } n
                ? http.Request.Path + QueryString.Create(http.Request.Query.Where(x => x.Key != "before").Select(x => new KeyValuePair<string, string?>(x.Key, x.Value.ToString()))
                    .Append(new("before", n.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToString()
                : null;
            return Results.Ok(new MessagePageDto([.. page.Items.Select(ToDto)], next));
        }).WithName("ListMessages")
          .WithSummary("Inbox or outbox (box=inbox|outbox|all), newest first; filter by thread, type, priority, case, or search text (q). \"next\" is the URL of the next page.")
          .Produces<MessagePageDto>();

        group.MapGet("/{id:guid}", async (Guid id, GetMessage handler, HttpContext http, CancellationToken ct) =>
        {
            var result = await handler.ExecuteAsync(CallerAccessor.From(http), id, ct);
            if (!result.IsSuccess)
            {
                return ErrorHandling.Problem(result.Errors);
            }
            var v = result.Value;
            var m = v.Message;
            return Results.Ok(new MessageDetailDto(ToDto(v.Summary), m.Body, Blank(m.HandlingConditions), Blank(m.Evaluation), m.Language, m.InReplyTo,
                [.. v.Attachments.Select(a => new AttachmentDto(a.Index, a.Name, a.MediaType, a.Size, a.Sha256,
                    $"/api/v1/messages/{id:D}/attachments/{a.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)}"))],
                [.. v.Deliveries.Select(d => new ReceiptDto(d.Node, d.NextHop, d.Sequence, MessageNames.Of(d.State), d.Local, d.RelayedAt, d.DeliveredAt, d.ReadAt,
                    d.ReceiptJws, d.ReadReceiptJws, d.Error))],
                m.ItemJws));
        }).WithName("GetMessage")
          .WithSummary("One message with body, attachments and the signed receipts. The first read by a recipient sends a signed read receipt.")
          .Produces<MessageDetailDto>();

        group.MapGet("/{id:guid}/attachments/{index:int}", async (Guid id, int index, GetAttachment handler, HttpContext http, CancellationToken ct) =>
        {
            var result = await handler.ExecuteAsync(CallerAccessor.From(http), id, index, ct);
            if (!result.IsSuccess)
            {
                return ErrorHandling.Problem(result.Errors);
            }
            http.Response.Headers["X-Content-SHA256"] = result.Value.Sha256;
            return Results.File(result.Value.Content, "application/octet-stream", result.Value.Name);
        }).WithName("GetMessageAttachment").WithSummary("The bytes of an attachment (its SHA-256 in X-Content-SHA256).");
        return api;
    }

    public static MessageItemDto ToDto(MessageSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, s.ThreadId, s.FromOrganisation, s.FromNode, s.To, MessageNames.Of(s.Type), MessageNames.Of(s.Priority), Handling.Format(s.HandlingCode),
            s.Subject, Blank(s.CaseReference), s.CreatedAt, s.ReceivedAt, s.Deadline, s.IsOutgoing ? "outgoing" : "incoming", MessageNames.Of(s.State), s.Read, s.Sealed,
            s.AttachmentCount, s.InboundSequence,
            [.. s.Deliveries.Select(d => new DeliveryDto(d.Node, MessageNames.Of(d.State), d.ViaHub, d.DeliveredAt, d.ReadAt, d.Error))]);
    }

    private static string? Blank(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static byte[]? Decode(string? base64)
    {
        if (base64 is null)
        {
            return null;
        }
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
