using Concord.Core.Audit;
using Concord.Core.Data;
using Concord.Core.Federation;
using Concord.Core.Handling;
using Concord.Core.Messages;
using Concord.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Tests.Messages;

/// <summary>
/// Rows stored by <see cref="DirectWriter"/> (the exchange's hot paths) read back through EF Core exactly as if EF had
/// written them, on SQLite and on PostgreSQL; audit entries appended with FlushAuditAsync keep the chain intact.
/// </summary>
public sealed class DirectWriterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task Direct_inserts_and_updates_read_back_through_EF_and_the_audit_chain_verifies(StorageKind kind)
    {
        await using var node = await TestNode.StartAsync(kind);
        var id = Guid.NewGuid();
        var thread = Guid.NewGuid();
        var created = new DateTimeOffset(2026, 11, 27, 12, 34, 56, 789, TimeSpan.Zero);
        await node.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ConcordDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            var message = new Message
            {
                Id = id, Position = 987_654, ThreadId = thread, Type = MessageType.HitNotice, Priority = MessagePriority.Immediate,
                HandlingCode = HandlingCode.H3, HandlingConditions = "only for case 7", Evaluation = "B2", Subject = "Тема 主题", Body = "body",
                Language = "ru", FromNode = "cn", FromOrganisation = "cn-mps", CreatedAt = created, ReceivedAt = created.AddSeconds(1),
                IsOutgoing = false, Sealed = true, InboundSequence = 3, ItemJws = "a.b.c", ReceiptJws = "d.e.f", SearchText = "тема",
            };
            var direct = new DirectWriter(db);
            await direct.InsertAsync([message], Ct);
            await direct.InsertAsync([new MessageRecipient { MessageId = id, Address = "kz-mvd", Node = "kz", OrganisationId = "kz-mvd" },
                new MessageRecipient { MessageId = id, Address = "kz", Node = "kz" }], Ct);
            await direct.InsertAsync([new Delivery { MessageId = id, Node = "kz", NextHop = "rats", Sequence = 3, State = DeliveryState.Pending }], Ct);
            await direct.InsertAsync([new OutboxEntry { NextHop = "rats", Destination = "kz", Origin = "cn", Kind = ItemKinds.Message, ItemId = id, ItemJws = "x.y.z", CreatedAt = created }], Ct);
            await direct.ExecuteAsync("""UPDATE "Deliveries" SET "State" = {2}, "DeliveredAt" = {3} WHERE "MessageId" = {0} AND "Node" = {1}""",
                [DirectParameter.Of<Delivery>(db, nameof(Delivery.MessageId)), DirectParameter.Of<Delivery>(db, nameof(Delivery.Node)),
                 DirectParameter.Of<Delivery>(db, nameof(Delivery.State)), DirectParameter.Of<Delivery>(db, nameof(Delivery.DeliveredAt))],
                [[id, "kz", DeliveryState.Delivered, created.AddMinutes(1)]], Ct);
            await Counters.SetManyAsync(db, [("in:test:1", 5), ("in:test:2", 7)], Ct);
            await Counters.SetManyAsync(db, [("in:test:1", 6)], Ct);
            Assert.Equal(new Dictionary<string, long> { ["out:test:a"] = 2, ["out:test:b"] = 3 }, await Counters.AdvanceManyAsync(db, [("out:test:a", 2), ("out:test:b", 3)], Ct));
            Assert.Equal(new Dictionary<string, long> { ["out:test:a"] = 3 }, await Counters.AdvanceManyAsync(db, [("out:test:a", 1)], Ct));
            Assert.Empty(await Counters.AdvanceManyAsync(db, [], Ct));
            for (var i = 0; i < 3; i++)
            {
                db.Audit(new AuditEvent(new Actor("node:cn", "node:cn", ""), "message.receive", "message:" + id.ToString("D"), AuditEvent.Success, "seq=" + i, "127.0.0.1"));
            }
            await db.FlushAuditAsync(Ct);
            await transaction.CommitAsync(Ct);
            return 0;
        });

        await node.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ConcordDbContext>();
            var read = await db.Messages.AsNoTracking().Include(m => m.Recipients).Include(m => m.Deliveries).SingleAsync(m => m.Id == id, Ct);
            Assert.Equal(thread, read.ThreadId);
            Assert.Equal(MessageType.HitNotice, read.Type);
            Assert.Equal(MessagePriority.Immediate, read.Priority);
            Assert.Equal(HandlingCode.H3, read.HandlingCode);
            Assert.Equal("Тема 主题", read.Subject);
            Assert.Equal(created, read.CreatedAt);
            Assert.Equal(created.AddSeconds(1), read.ReceivedAt);
            Assert.True(read.Sealed);
            Assert.False(read.IsOutgoing);
            Assert.Null(read.FromUserId);
            Assert.Null(read.IdempotencyKey);
            Assert.Equal(3, read.InboundSequence);
            Assert.Equal(2, read.Recipients.Count);
            Assert.Null(read.Recipients.Single(r => r.Address == "kz").OrganisationId);
            var delivery = Assert.Single(read.Deliveries);
            Assert.Equal(DeliveryState.Delivered, delivery.State);
            Assert.Equal(created.AddMinutes(1), delivery.DeliveredAt);
            // Queries that compare the stored values find the rows (keys, enums, dates in the providers' formats).
            Assert.True(await db.Messages.AnyAsync(m => m.ThreadId == thread && m.Type == MessageType.HitNotice && m.CreatedAt == created, Ct));
            var outbox = await db.Outbox.AsNoTracking().SingleAsync(e => e.ItemId == id, Ct);
            Assert.True(outbox.Id > 0);
            Assert.Equal(OutboxState.Pending, outbox.State);
            Assert.Equal(6, await Counters.ReadAsync(db, "in:test:1", Ct));
            Assert.Equal(7, await Counters.ReadAsync(db, "in:test:2", Ct));
            Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.Action == "message.receive", Ct));
            return 0;
        });
        Assert.True(await node.AuditIntactAsync());
    }

    [Fact]
    public async Task A_direct_write_outside_a_transaction_is_refused()
    {
        await using var node = await TestNode.StartAsync(StorageKind.Sqlite);
        await node.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ConcordDbContext>();
            await Assert.ThrowsAsync<InvalidOperationException>(() => new DirectWriter(db).InsertAsync([new EnvelopeNonce { Jti = "x", Node = "kz" }], Ct));
            db.Audit(new AuditEvent(Actor.System, "test", "x", AuditEvent.Success));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.FlushAuditAsync(Ct));
            return 0;
        });
    }
}
