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

    public sealed record SendMessageBatchRequest(List<SendMessageRequest?>? Messages);

    public sealed record SentBatchDto(IReadOnlyList<SentDto> Messages);

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
            var (input, error) = ToNewMessage(request, null);
            if (error is not null)
            {
                return ErrorHandling.Problem([error]);
            }
            var result = await handler.ExecuteAsync(CallerAccessor.From(http), input!, ct);
            if (!result.IsSuccess)
            {
                return ErrorHandling.Problem(result.Errors);
            }
            var sent = result.Value;
            return TypedResults.Accepted("/api/v1/messages/" + sent.Id.ToString("D"), ToDto(sent));
        }).WithName("SendMessage")
          .WithSummary("Sends a message to nodes (\"kz\", \"rats\") and/or organisations (\"kz-mvd\"). 202 with the message id; the same idempotencyKey returns the same message.")
          .WithMetadata(new RequestSizeLimitAttribute(64 * 1024 * 1024))
          .Produces<SentDto>(StatusCodes.Status202Accepted);

        group.MapPost("/batch", async (SendMessageBatchRequest request, SendMessage handler, HttpContext http, CancellationToken ct) =>
        {
            var requests = request.Messages ?? [];
            var inputs = new List<NewMessage>(requests.Count);
            var errors = new List<Core.Error>();
            for (var i = 0; i < requests.Count; i++)
            {
                var prefix = "messages[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                if (requests[i] is not { } one)
                {
                    errors.Add(new Core.Error("message-required", "Each element of messages is a message.", prefix));
                    continue;
                }
                var (input, error) = ToNewMessage(one, prefix);
                if (error is not null)
                {
                    errors.Add(error);
                    continue;
                }
                inputs.Add(input!);
            }
            if (errors.Count > 0)
            {
                return ErrorHandling.Problem(errors);
            }
            var result = await handler.ExecuteBatchAsync(CallerAccessor.From(http), inputs, ct);
            if (!result.IsSuccess)
            {
                return ErrorHandling.Problem(result.Errors);
            }
            return TypedResults.Accepted((string?)null, new SentBatchDto([.. result.Value.Select(ToDto)]));
        }).WithName("SendMessageBatch")
          .WithSummary($"Sends up to {SendMessage.MaxBatch} messages in one request (system-to-system senders). Each needs its own idempotencyKey. "
            + "All or nothing: if any message is invalid, nothing is stored and the problem lists every error with its field as messages[i].field. "
            + "202 with one result per message, in order; a key used before returns the earlier message (duplicate: true).")
          .WithMetadata(new RequestSizeLimitAttribute(64 * 1024 * 1024))
          .Produces<SentBatchDto>(StatusCodes.Status202Accepted)
          .ProducesProblem(StatusCodes.Status400BadRequest)
          .ProducesProblem(StatusCodes.Status403Forbidden);

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

    /// <summary>The use case's input from a request; an undecodable attachment is an error (its field under <paramref name="prefix"/>).</summary>
    private static (NewMessage? Input, Core.Error? Error) ToNewMessage(SendMessageRequest request, string? prefix)
    {
        var attachments = new List<NewAttachment>();
        foreach (var a in request.Attachments ?? [])
        {
            var bytes = Decode(a?.Content);
            if (a is null || bytes is null)
            {
                return (null, new Core.Error("attachment-content-invalid", "Attachment content must be base64.", prefix is null ? "attachments" : prefix + ".attachments"));
            }
            attachments.Add(new NewAttachment(a.Name ?? "", a.MediaType ?? "", bytes));
        }
        return (new NewMessage(
            request.To ?? [], request.Type ?? "", request.Priority ?? "", request.HandlingCode ?? "", request.Subject ?? "", request.Body ?? "",
            request.HandlingConditions, request.Evaluation, request.Language, request.CaseReference, request.InReplyTo, request.Deadline,
            attachments, request.IdempotencyKey, request.Route), null);
    }

    private static SentDto ToDto(SentMessage sent) => new(sent.Id, sent.ThreadId, sent.Duplicate,
        [.. sent.Deliveries.Select(d => new DeliveryDto(d.Node, MessageNames.Of(d.State), d.ViaHub))]);

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
