using System.Security.Cryptography;
using Concord.Core.Access;
using Concord.Core.Audit;
using Concord.Core.Data;
using Concord.Core.Directory;
using Concord.Core.Federation;
using Concord.Core.Handling;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Messages;

public sealed record NewAttachment(string Name, string MediaType, byte[] Content);

/// <summary>What a user asks to send. Addresses are node ids ("kz", "rats") or organisation ids ("kz-mvd").</summary>
public sealed record NewMessage(
    IReadOnlyList<string> To,
    string Type,
    string Priority,
    string HandlingCode,
    string Subject,
    string Body,
    string? HandlingConditions = null,
    string? Evaluation = null,
    string? Language = null,
    string? CaseReference = null,
    Guid? InReplyTo = null,
    DateTimeOffset? Deadline = null,
    IReadOnlyList<NewAttachment>? Attachments = null,
    string? IdempotencyKey = null,
    string? Route = null);

public sealed record DeliveryView(string Node, DeliveryState State, bool ViaHub);

public sealed record SentMessage(Guid Id, Guid ThreadId, bool Duplicate, IReadOnlyList<DeliveryView> Deliveries);

/// <summary>
/// Sends a message: checks it, then stores it with one outbox entry per recipient node and the audit entry in one
/// transaction (<see cref="SendCommitter"/>, which groups messages sent at the same time), then wakes the delivery worker. The same idempotency key from the same account never makes a second
/// message. Items for remote nodes are signed now (and sealed for the recipient when they go through the hub).
/// </summary>
public sealed class SendMessage(ConcordDbContext db, FederationNode node, SendCommitter committer, OrganisationCache organisations)
{
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 100_000;
    public const int MaxRecipients = 20;
    public const int MaxCaseLength = 128;
    public const int MaxIdempotencyKeyLength = 128;

    /// <summary>At most this many messages in one batch submission (<see cref="ExecuteBatchAsync"/>).</summary>
    public const int MaxBatch = 500;

    /// <summary>A checked message: ready to store, already stored under its idempotency key, or refused (errors and the audit outcome).</summary>
    private sealed record Draft(PendingSend? Send, SentMessage? Existing, IReadOnlyList<Error>? Errors = null, string? Outcome = null);

    public async Task<Result<SentMessage>> ExecuteAsync(Caller caller, NewMessage input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        var draft = await DraftAsync(caller, input, cancellationToken);
        if (draft.Errors is { } errors)
        {
            db.Audit(new AuditEvent(caller.Actor, "message.send", "message:new", draft.Outcome!, "", caller.Client));
            await db.SaveChangesAsync(cancellationToken);
            return Result<SentMessage>.Failure(errors);
        }
        if (draft.Existing is { } existing)
        {
            db.Audit(DuplicateAudit(caller, existing));
            await db.SaveChangesAsync(cancellationToken);
            return existing;
        }
        var send = draft.Send!;
        send.PreSign(node);
        if (!await committer.CommitAsync(send, cancellationToken))
        {
            // Another request with the same key was stored first: answer with its message.
            return await FindExistingAsync(caller.Subject.UserId, send.Message.IdempotencyKey!, cancellationToken)
                ?? throw new InvalidOperationException("A uniqueness conflict without an earlier message.");
        }
        return Sent(send.Message);
    }

    /// <summary>
    /// Sends up to <see cref="MaxBatch"/> messages in one request, for system-to-system senders (screening hit notices,
    /// bulletins to many agencies). Each needs its own idempotency key. Every message is checked first, as a single
    /// send would check it; if any fails, nothing is stored and every problem is returned with its field as
    /// messages[i].field. Otherwise the new messages are stored in one transaction, each with its outbox entries and
    /// audit entry, and a message whose key was used before is answered with the earlier message (not stored again).
    /// </summary>
    public async Task<Result<IReadOnlyList<SentMessage>>> ExecuteBatchAsync(Caller caller, IReadOnlyList<NewMessage> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count is 0 or > MaxBatch)
        {
            var error = inputs.Count == 0 ? MessageErrors.BatchEmpty() : MessageErrors.BatchTooLarge(MaxBatch);
            db.Audit(new AuditEvent(caller.Actor, "message.send", "message:batch", AuditEvent.Failure + ":" + error.Code, $"messages={inputs.Count}", caller.Client));
            await db.SaveChangesAsync(cancellationToken);
            return Result<IReadOnlyList<SentMessage>>.Failure([error]);
        }
        // The messages already stored under the batch's keys, in one query instead of one per message.
        var known = await FindExistingManyAsync(caller.Subject.UserId,
            [.. inputs.Select(m => m?.IdempotencyKey?.Trim()).Where(k => k is { Length: > 0 and <= MaxIdempotencyKeyLength }).Select(k => k!).Distinct(StringComparer.Ordinal)], cancellationToken);
        var drafts = new List<Draft>(inputs.Count);
        var errors = new List<Error>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var invalid = 0;
        string? outcome = null;
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i] ?? throw new ArgumentException("A message of the batch is missing.", nameof(inputs));
            var prefix = "messages[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            var key = input.IdempotencyKey?.Trim();
            var own = new List<Error>();
            if (string.IsNullOrEmpty(key))
            {
                own.Add(MessageErrors.IdempotencyKeyRequired());
            }
            else if (!keys.Add(key))
            {
                own.Add(MessageErrors.IdempotencyKeyRepeated());
            }
            var draft = await DraftAsync(caller, input, cancellationToken, known);
            own.AddRange(draft.Errors ?? []);
            if (own.Count > 0)
            {
                invalid++;
                outcome ??= draft.Errors is { Count: > 0 } de && ReferenceEquals(own[0], de[0]) ? draft.Outcome : AuditEvent.Failure + ":" + own[0].Code;
                errors.AddRange(own.Select(e => e with { Field = e.Field is { Length: > 0 } field ? prefix + "." + field : prefix }));
            }
            drafts.Add(draft);
        }
        if (errors.Count > 0)
        {
            // All or nothing: one refused message refuses the batch; nothing is stored.
            db.Audit(new AuditEvent(caller.Actor, "message.send", "message:batch", outcome!, $"messages={inputs.Count};invalid={invalid}", caller.Client));
            await db.SaveChangesAsync(cancellationToken);
            return Result<IReadOnlyList<SentMessage>>.Failure(errors);
        }
        var duplicates = drafts.Where(d => d.Existing is not null).ToList();
        if (duplicates.Count > 0)
        {
            foreach (var d in duplicates)
            {
                db.Audit(DuplicateAudit(caller, d.Existing!));
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        var sends = drafts.Where(d => d.Send is not null).Select(d => d.Send!).ToList();
        // Signed here, on every core, so that the group commit holds the write gate only to store them.
        Parallel.ForEach(sends, send => send.PreSign(node));
        var stored = sends.Count == 0 ? [] : await committer.CommitManyAsync(sends, cancellationToken);
        var results = new List<SentMessage>(drafts.Count);
        var next = 0;
        foreach (var d in drafts)
        {
            if (d.Existing is { } existing)
            {
                results.Add(existing);
                continue;
            }
            var send = d.Send!;
            results.Add(stored[next++]
                ? Sent(send.Message)
                : await FindExistingAsync(caller.Subject.UserId, send.Message.IdempotencyKey!, cancellationToken)
                    ?? throw new InvalidOperationException("A uniqueness conflict without an earlier message."));
        }
        return results;
    }

    /// <summary>The answer for a message: just stored, or stored earlier under the same idempotency key (<paramref name="duplicate"/>).</summary>
    private static SentMessage Sent(Message message, bool duplicate = false) =>
        new(message.Id, message.ThreadId, duplicate, [.. message.Deliveries.Select(d => new DeliveryView(d.Node, d.State, d.NextHop != d.Node))]);

    private static AuditEvent DuplicateAudit(Caller caller, SentMessage existing) =>
        new(caller.Actor, "message.send", "message:" + existing.Id.ToString("D"), AuditEvent.Success + ":duplicate", "idempotency-key", caller.Client);

    /// <summary>Checks one message and makes it ready to store; writes nothing.</summary>
    private async Task<Draft> DraftAsync(Caller caller, NewMessage input, CancellationToken cancellationToken, IReadOnlyDictionary<string, SentMessage>? known = null)
    {
        static Draft Fail(IReadOnlyList<Error> errors) => new(null, null, errors, AuditEvent.Failure + ":" + errors[0].Code);
        var shape = CheckShape(input, db.Time.GetUtcNow(), node.Options);
        if (shape.Count > 0)
        {
            return Fail(shape);
        }

        var organisation = await organisations.FindAsync(db, caller.Subject.OrganisationId, cancellationToken);
        var fromNode = organisation is null ? null : NodeAddressing.HomeNode(organisation);
        if (organisation is null || fromNode is null || (node.IsFederated && fromNode != node.NodeId))
        {
            return Fail([MessageErrors.OrganisationNotHostedHere(caller.Subject.OrganisationId)]);
        }

        var recipients = await ResolveAsync(input.To, cancellationToken);
        if (!recipients.IsSuccess)
        {
            return Fail(recipients.Errors);
        }

        var id = Guid.NewGuid();
        var resource = new Resource.Message(id.ToString("D"), new MessageParty(fromNode, organisation.Id),
            [.. recipients.Value.Select(r => new MessageParty(r.Node, r.OrganisationId))]);
        var decision = AccessPolicy.Decide(caller.Subject, AccessAction.Create, resource);
        if (!decision.Allowed)
        {
            return new Draft(null, null, [AccessErrors.Denied(decision)], AuditEvent.Denied + ":" + decision.Reason);
        }

        var key = input.IdempotencyKey?.Trim();
        if (key is { Length: > 0 } && (known is null ? await FindExistingAsync(caller.Subject.UserId, key, cancellationToken) : known.GetValueOrDefault(key)) is { } existing)
        {
            return new Draft(null, existing);
        }

        Guid thread = id;
        if (input.InReplyTo is { } replyTo)
        {
            var original = await db.Messages.AsNoTracking().Include(m => m.Recipients).FirstOrDefaultAsync(m => m.Id == replyTo, cancellationToken);
            if (original is null || !AccessPolicy.Decide(caller.Subject, AccessAction.Read, MessageAccess.ResourceOf(original)).Allowed)
            {
                return Fail([MessageErrors.ReplyToUnknown()]);
            }
            thread = original.ThreadId;
        }

        var viaHub = input.Route is null ? node.Options.RouteViaHub : input.Route.Trim().Equals("hub", StringComparison.OrdinalIgnoreCase);
        var routes = new Dictionary<string, Route>(StringComparer.Ordinal);
        foreach (var destination in recipients.Value.Select(r => r.Node).Distinct())
        {
            var route = node.RouteTo(destination, viaHub);
            if (!route.IsSuccess)
            {
                return Fail(route.Errors);
            }
            routes[destination] = route.Value;
        }

        var now = db.Time.GetUtcNow();
        var handling = Handling.Handling.Create(input.HandlingCode, input.HandlingConditions).Value;
        var message = new Message
        {
            Id = id,
            ThreadId = thread,
            InReplyTo = input.InReplyTo,
            CaseReference = input.CaseReference?.Trim() ?? "",
            Type = MessageNames.ParseType(input.Type),
            Priority = MessageNames.ParsePriority(input.Priority),
            HandlingCode = handling.Code,
            HandlingConditions = handling.Conditions,
            Evaluation = string.IsNullOrWhiteSpace(input.Evaluation) ? "" : Evaluation.Parse(input.Evaluation).Value.ToString(),
            Subject = input.Subject.Trim(),
            Body = input.Body,
            Language = string.IsNullOrWhiteSpace(input.Language) ? "en" : input.Language.Trim().ToLowerInvariant(),
            Deadline = input.Deadline,
            FromNode = fromNode,
            FromOrganisation = organisation.Id,
            FromUserId = caller.Subject.UserId,
            FromUserName = caller.Actor.Name,
            CreatedAt = now,
            IsOutgoing = true,
            Sealed = routes.Values.Any(r => r.ViaHub),
            IdempotencyKey = key is { Length: > 0 } ? key : null,
            Recipients = [.. recipients.Value],
            Attachments = [.. (input.Attachments ?? []).Select((a, i) => new MessageAttachment
            {
                Index = i,
                Name = a.Name.Trim(),
                MediaType = string.IsNullOrWhiteSpace(a.MediaType) ? "application/octet-stream" : a.MediaType.Trim(),
                Size = a.Content.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(a.Content)),
                Content = a.Content,
            })],
        };
        message.SearchText = MessageAccess.SearchTextOf(message);
        var content = MessageAccess.ContentOf(message).ToJson();

        var audit = new AuditEvent(caller.Actor, "message.send", "message:" + id.ToString("D"), AuditEvent.Success,
            $"to={string.Join(',', message.Recipients.Select(r => r.Address))};type={MessageNames.Of(message.Type)};handling={Handling.Handling.Format(message.HandlingCode)}"
            + (message.CaseReference.Length > 0 ? ";case=" + message.CaseReference : ""), caller.Client);
        return new Draft(new PendingSend(message, content, [.. routes.Values], audit), null);
    }

    private async Task<SentMessage?> FindExistingAsync(string userId, string key, CancellationToken cancellationToken)
    {
        var existing = await db.Messages.AsNoTracking().Include(m => m.Deliveries)
            .FirstOrDefaultAsync(m => m.FromUserId == userId && m.IdempotencyKey == key, cancellationToken);
        return existing is null ? null : Sent(existing, duplicate: true);
    }

    private async Task<Dictionary<string, SentMessage>> FindExistingManyAsync(string userId, List<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return new(StringComparer.Ordinal);
        }
        var existing = await db.Messages.AsNoTracking().Include(m => m.Deliveries)
            .Where(m => m.FromUserId == userId && m.IdempotencyKey != null && keys.Contains(m.IdempotencyKey)).ToListAsync(cancellationToken);
        return existing.ToDictionary(m => m.IdempotencyKey!, m => Sent(m, duplicate: true), StringComparer.Ordinal);
    }

    private async Task<Result<List<MessageRecipient>>> ResolveAsync(IReadOnlyList<string> addresses, CancellationToken cancellationToken)
    {
        var states = node.IsFederated ? [] : await db.States.AsNoTracking().Select(s => s.Code).ToListAsync(cancellationToken);
        var resolved = new List<MessageRecipient>();
        var errors = new List<Error>();
        foreach (var address in addresses.Select(NodeAddressing.Normalise).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal))
        {
            if (node.IsKnownNode(address, states))
            {
                resolved.Add(new MessageRecipient { Address = address, Node = address });
                continue;
            }
            var organisation = await organisations.FindAsync(db, address, cancellationToken);
            var home = organisation is { CanHaveUsers: true } ? NodeAddressing.HomeNode(organisation) : null;
            if (home is null || (node.IsFederated && node.Registry.Find(home) is null))
            {
                errors.Add(MessageErrors.UnknownRecipient(address));
                continue;
            }
            resolved.Add(new MessageRecipient { Address = address, Node = home, OrganisationId = organisation!.Id });
        }
        if (errors.Count > 0)
        {
            return Result<List<MessageRecipient>>.Failure(errors);
        }
        return resolved.Count == 0 ? MessageErrors.NoRecipient() : resolved;
    }

    private static List<Error> CheckShape(NewMessage input, DateTimeOffset now, FederationOptions options)
    {
        var errors = new List<Error>();
        var to = (input.To ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).ToList();
        if (to.Count == 0)
        {
            errors.Add(MessageErrors.NoRecipient());
        }
        else if (to.Count > MaxRecipients)
        {
            errors.Add(MessageErrors.TooManyRecipients(MaxRecipients));
        }
        if (!MessageNames.TryParseType(input.Type, out _))
        {
            errors.Add(MessageErrors.InvalidType());
        }
        if (!MessageNames.TryParsePriority(input.Priority, out _))
        {
            errors.Add(MessageErrors.InvalidPriority());
        }
        var handling = Handling.Handling.Create(input.HandlingCode, input.HandlingConditions);
        if (!handling.IsSuccess)
        {
            errors.AddRange(handling.Errors);
        }
        if (!string.IsNullOrWhiteSpace(input.Evaluation) && Evaluation.Parse(input.Evaluation) is { IsSuccess: false } evaluation)
        {
            errors.AddRange(evaluation.Errors);
        }
        if (string.IsNullOrWhiteSpace(input.Subject))
        {
            errors.Add(MessageErrors.SubjectRequired());
        }
        else if (input.Subject.Trim().Length > MaxSubjectLength)
        {
            errors.Add(MessageErrors.SubjectTooLong(MaxSubjectLength));
        }
        if ((input.Body ?? "").Length > MaxBodyLength)
        {
            errors.Add(MessageErrors.BodyTooLong(MaxBodyLength));
        }
        if (!string.IsNullOrWhiteSpace(input.Language) && !IsLanguageTag(input.Language.Trim()))
        {
            errors.Add(MessageErrors.InvalidLanguage());
        }
        if ((input.CaseReference?.Trim().Length ?? 0) > MaxCaseLength)
        {
            errors.Add(MessageErrors.CaseTooLong(MaxCaseLength));
        }
        if (input.IdempotencyKey is not null && (input.IdempotencyKey.Trim().Length is 0 or > MaxIdempotencyKeyLength))
        {
            errors.Add(MessageErrors.IdempotencyKeyInvalid());
        }
        if (input.Deadline is { } deadline && deadline <= now)
        {
            errors.Add(MessageErrors.DeadlineInPast());
        }
        if (input.Route is not null && !input.Route.Trim().Equals("hub", StringComparison.OrdinalIgnoreCase) && !input.Route.Trim().Equals("direct", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(MessageErrors.RouteInvalid());
        }
        var attachments = input.Attachments ?? [];
        if (attachments.Count > options.MaxAttachments)
        {
            errors.Add(MessageErrors.TooManyAttachments(options.MaxAttachments));
        }
        foreach (var a in attachments)
        {
            if (string.IsNullOrWhiteSpace(a.Name) || a.Name.Trim().Length > 256)
            {
                errors.Add(MessageErrors.AttachmentNameInvalid());
            }
            else if (a.Content.Length > options.MaxAttachmentBytes)
            {
                errors.Add(MessageErrors.AttachmentTooLarge(a.Name, options.MaxAttachmentBytes));
            }
        }
        return errors;
    }

    private static bool IsLanguageTag(string tag) =>
        tag.Length is >= 2 and <= 16 && tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && char.IsAsciiLetter(tag[0]);
}
