using Concord.Core.Access;
using Concord.Core.Audit;
using Concord.Core.Data;
using Concord.Core.Federation;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Messages;

public sealed record AttachmentInfo(int Index, string Name, string MediaType, long Size, string Sha256);

public sealed record DeliveryDetail(string Node, string NextHop, long Sequence, DeliveryState State, bool Local, DateTimeOffset? RelayedAt,
    DateTimeOffset? DeliveredAt, DateTimeOffset? ReadAt, string? ReceiptJws, string? ReadReceiptJws, string? Error);

public sealed record MessageView(Message Message, MessageSummary Summary, IReadOnlyList<AttachmentInfo> Attachments, IReadOnlyList<DeliveryDetail> Deliveries, bool MayAcknowledge);

/// <summary>
/// Opens one message. Reading is audited; the first time a recipient opens it, it is marked read and, for a message
/// from another node, a signed read receipt goes into the outbox in the same transaction.
/// </summary>
public sealed class GetMessage(ConcordDbContext db, AccessGate gate, FederationNode node, OutboxSignal signal)
{
    public async Task<Result<MessageView>> ExecuteAsync(Caller caller, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var message = await db.Messages.Include(m => m.Recipients).Include(m => m.Deliveries).AsSplitQuery()
            .FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            db.Audit(new AuditEvent(caller.Actor, "message.read", "message:" + id.ToString("D"), AuditEvent.Failure + ":not-found", "", caller.Client));
            await db.SaveChangesAsync(cancellationToken);
            return MessageErrors.NotFound();
        }
        var resource = MessageAccess.ResourceOf(message);
        var decision = gate.Decide(caller, AccessAction.Read, resource);
        if (!decision.Allowed)
        {
            await db.SaveChangesAsync(cancellationToken);
            return MessageErrors.NotFound();
        }
        var mayAcknowledge = AccessPolicy.Decide(caller.Subject, AccessAction.Update, resource).Allowed;
        var notify = false;
        if (mayAcknowledge && message.ReadAt is null && message.FromOrganisation != caller.Subject.OrganisationId)
        {
            var now = db.Time.GetUtcNow();
            message.ReadAt = now;
            message.ReadByOrganisation = caller.Subject.OrganisationId;
            if (message.IsOutgoing)
            {
                foreach (var local in message.Deliveries.Where(d => d.Local))
                {
                    local.State = DeliveryState.Read;
                    local.ReadAt = now;
                }
            }
            else if (node.IsFederated && message.ItemJws is not null)
            {
                var route = node.RouteTo(message.FromNode, message.Sealed);
                if (route.IsSuccess && !route.Value.Local)
                {
                    var receipt = new ReceiptItem(ItemKinds.ReadReceipt, Guid.NewGuid(), node.NodeId, message.FromNode, message.Id,
                        ReceiptItem.DigestOf(message.ItemJws), now, caller.Subject.OrganisationId);
                    db.Outbox.Add(new OutboxEntry
                    {
                        NextHop = route.Value.NextHop,
                        Destination = message.FromNode,
                        Origin = node.NodeId,
                        Kind = ItemKinds.ReadReceipt,
                        ItemId = receipt.Id,
                        ItemJws = node.SignItem(receipt.ToJson()),
                        CreatedAt = now,
                        State = OutboxState.Pending,
                    });
                    notify = true;
                }
            }
            db.Audit(new AuditEvent(caller.Actor, "message.acknowledge", resource.AuditName, AuditEvent.Success, "read", caller.Client));
        }
        await db.SaveChangesAsync(cancellationToken);
        if (notify)
        {
            signal.Notify();
        }

        var attachments = await db.MessageAttachments.AsNoTracking().Where(a => a.MessageId == id).OrderBy(a => a.Index)
            .Select(a => new AttachmentInfo(a.Index, a.Name, a.MediaType, a.Size, a.Sha256)).ToListAsync(cancellationToken);
        var deliveries = message.Deliveries.OrderBy(d => d.Node, StringComparer.Ordinal)
            .Select(d => new DeliveryDetail(d.Node, d.NextHop, d.Sequence, d.State, d.Local, d.RelayedAt, d.DeliveredAt, d.ReadAt, d.ReceiptJws, d.ReadReceiptJws, d.Error))
            .ToList();
        var summaries = deliveries.Select(d => new DeliverySummary(d.Node, d.State, d.NextHop != d.Node, d.DeliveredAt, d.ReadAt, d.Error)).ToList();
        var summary = new MessageSummary(message.Id, message.ThreadId, message.Position, message.FromNode, message.FromOrganisation,
            [.. message.Recipients.Select(r => r.Address)], message.Type, message.Priority, message.HandlingCode, message.Subject, message.CaseReference,
            message.CreatedAt, message.ReceivedAt, message.Deadline, message.IsOutgoing, ListMessages.StateOf(message.IsOutgoing, message.ReadAt, summaries),
            message.ReadAt is not null, message.Sealed, attachments.Count, message.InboundSequence, summaries);
        return new MessageView(message, summary, attachments, deliveries, mayAcknowledge);
    }
}
