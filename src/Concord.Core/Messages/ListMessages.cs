using Concord.Core.Access;
using Concord.Core.Data;
using Concord.Core.Federation;
using Concord.Core.Handling;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Messages;

/// <summary>Which messages to list. Box: inbox, outbox, or all (a thread, a search across both). Pages go back from <see cref="Before"/>.</summary>
public sealed record MessageQuery(
    string Box = MessageBoxes.Inbox,
    string? Search = null,
    Guid? Thread = null,
    string? Type = null,
    string? Priority = null,
    string? CaseReference = null,
    long? Before = null,
    int PageSize = 50);

public static class MessageBoxes
{
    public const string Inbox = "inbox";
    public const string Outbox = "outbox";
    public const string All = "all";
}

public sealed record DeliverySummary(string Node, DeliveryState State, bool ViaHub, DateTimeOffset? DeliveredAt, DateTimeOffset? ReadAt, string? Error);

public sealed record MessageSummary(
    Guid Id,
    Guid ThreadId,
    long Position,
    string FromNode,
    string FromOrganisation,
    IReadOnlyList<string> To,
    MessageType Type,
    MessagePriority Priority,
    HandlingCode HandlingCode,
    string Subject,
    string CaseReference,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? Deadline,
    bool IsOutgoing,
    DeliveryState State,
    bool Read,
    bool Sealed,
    int AttachmentCount,
    long? InboundSequence,
    IReadOnlyList<DeliverySummary> Deliveries);

public sealed record MessagePage(IReadOnlyList<MessageSummary> Items, long? NextBefore);

/// <summary>
/// Inbox, outbox, thread and search. Only messages the access policy lets the caller read are listed (the query
/// narrows to them, and each item is checked again); the listing itself is audited.
/// </summary>
public sealed class ListMessages(ConcordDbContext db, AccessGate gate)
{
    public const int MaxPageSize = 500;

    public async Task<Result<MessagePage>> ExecuteAsync(Caller caller, MessageQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        var box = query.Box?.Trim().ToLowerInvariant() ?? MessageBoxes.Inbox;
        var decision = await gate.CheckAsync(caller, AccessAction.Query, new Resource.MessageBox(box), Describe(query), cancellationToken);
        if (!decision.Allowed)
        {
            return AccessErrors.Denied(decision);
        }
        if (box is not (MessageBoxes.Inbox or MessageBoxes.Outbox or MessageBoxes.All))
        {
            return MessageErrors.BoxInvalid();
        }
        if (query.PageSize is < 1 or > MaxPageSize)
        {
            return MessageErrors.PageSizeOutOfRange(MaxPageSize);
        }
        MessageType? type = null;
        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            if (!MessageNames.TryParseType(query.Type, out var t))
            {
                return MessageErrors.InvalidType();
            }
            type = t;
        }
        MessagePriority? priority = null;
        if (!string.IsNullOrWhiteSpace(query.Priority))
        {
            if (!MessageNames.TryParsePriority(query.Priority, out var p))
            {
                return MessageErrors.InvalidPriority();
            }
            priority = p;
        }

        var messages = Visible(db.Messages.AsNoTracking(), caller.Subject, box);
        if (query.Thread is { } thread)
        {
            messages = messages.Where(m => m.ThreadId == thread);
        }
        if (type is { } ty)
        {
            messages = messages.Where(m => m.Type == ty);
        }
        if (priority is { } pr)
        {
            messages = messages.Where(m => m.Priority == pr);
        }
        if (!string.IsNullOrWhiteSpace(query.CaseReference))
        {
            var reference = query.CaseReference.Trim();
            messages = messages.Where(m => m.CaseReference == reference);
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();
            messages = messages.Where(m => m.SearchText.Contains(term));
        }
        if (query.Before is { } before)
        {
            messages = messages.Where(m => m.Position < before);
        }
        var rows = await messages.OrderByDescending(m => m.Position).Take(query.PageSize + 1)
            .Select(m => new Row(m.Id, m.ThreadId, m.Position, m.FromNode, m.FromOrganisation, m.Type, m.Priority, m.HandlingCode, m.Subject,
                m.CaseReference, m.CreatedAt, m.ReceivedAt, m.Deadline, m.IsOutgoing, m.ReadAt, m.Sealed, m.InboundSequence,
                m.Attachments.Count,
                m.Recipients.Select(r => new MessageRecipient { Address = r.Address, Node = r.Node, OrganisationId = r.OrganisationId }).ToList(),
                m.Deliveries.Select(d => new DeliverySummary(d.Node, d.State, d.NextHop != d.Node, d.DeliveredAt, d.ReadAt, d.Error)).ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        long? next = rows.Count > query.PageSize ? rows[query.PageSize - 1].Position : null;
        var items = rows.Take(query.PageSize)
            .Where(r => AccessPolicy.Decide(caller.Subject, AccessAction.Read, new Resource.Message(r.Id.ToString("D"),
                new MessageParty(r.FromNode, r.FromOrganisation), [.. r.Recipients.Select(x => new MessageParty(x.Node, x.OrganisationId))])).Allowed)
            .Select(r => new MessageSummary(r.Id, r.ThreadId, r.Position, r.FromNode, r.FromOrganisation, [.. r.Recipients.Select(x => x.Address)],
                r.Type, r.Priority, r.HandlingCode, r.Subject, r.CaseReference, r.CreatedAt, r.ReceivedAt, r.Deadline, r.IsOutgoing,
                StateOf(r.IsOutgoing, r.ReadAt, r.Deliveries), r.ReadAt is not null, r.Sealed, r.Attachments, r.InboundSequence, r.Deliveries))
            .ToList();
        return new MessagePage(items, next);
    }

    /// <summary>The messages a subject may see in a box, as a query (the access policy's message rules, in SQL).</summary>
    public static IQueryable<Message> Visible(IQueryable<Message> messages, Subject subject, string box)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var organisation = subject.OrganisationId;
        var home = NodeAddressing.HomeNode(subject.OrganisationId, subject.StateCode) ?? "";
        var coordinator = subject.Has(Role.NationalCoordinator) && subject.StateCode is not null;
        return box switch
        {
            MessageBoxes.Inbox => messages.Where(m => m.Recipients.Any(r => r.OrganisationId == organisation || (r.OrganisationId == null && r.Node == home) || (coordinator && r.Node == home))),
            MessageBoxes.Outbox => messages.Where(m => m.IsOutgoing && (m.FromOrganisation == organisation || (coordinator && m.FromNode == home))),
            _ => messages.Where(m => m.FromOrganisation == organisation || (coordinator && m.FromNode == home)
                || m.Recipients.Any(r => r.OrganisationId == organisation || (r.OrganisationId == null && r.Node == home) || (coordinator && r.Node == home))),
        };
    }

    /// <summary>One state for a message: incoming ones are delivered or read; outgoing ones are as far as their slowest recipient.</summary>
    public static DeliveryState StateOf(bool outgoing, DateTimeOffset? readAt, IReadOnlyCollection<DeliverySummary> deliveries)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        if (!outgoing || deliveries.Count == 0)
        {
            return readAt is null ? DeliveryState.Delivered : DeliveryState.Read;
        }
        return deliveries.Any(d => d.State == DeliveryState.Failed) ? DeliveryState.Failed : deliveries.Min(d => d.State);
    }

    private static string Describe(MessageQuery q) =>
        string.Join(';', new[]
        {
            q.Search is { Length: > 0 } ? "search" : null,
            q.Thread is { } t ? "thread=" + t.ToString("D") : null,
            q.CaseReference is { Length: > 0 } c ? "case=" + c : null,
        }.Where(s => s is not null));

    private sealed record Row(Guid Id, Guid ThreadId, long Position, string FromNode, string FromOrganisation, MessageType Type, MessagePriority Priority,
        HandlingCode HandlingCode, string Subject, string CaseReference, DateTimeOffset CreatedAt, DateTimeOffset? ReceivedAt, DateTimeOffset? Deadline,
        bool IsOutgoing, DateTimeOffset? ReadAt, bool Sealed, long? InboundSequence, int Attachments, List<MessageRecipient> Recipients, List<DeliverySummary> Deliveries);
}
