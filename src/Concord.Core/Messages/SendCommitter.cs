using System.Text.Json.Nodes;
using System.Threading.Channels;
using Concord.Core.Audit;
using Concord.Core.Data;
using Concord.Core.Federation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Concord.Core.Messages;

/// <summary>A checked message waiting to be stored: the row, its content, its routes and its audit entry.</summary>
public sealed record PendingSend(Message Message, JsonObject Content, IReadOnlyList<Route> Routes, AuditEvent Audit)
{
    /// <summary>
    /// Items signed before the group commit, by destination, for a message that starts a thread: its number in the new
    /// thread is 1 towards every node. Used only when the commit confirms that number; otherwise the item is signed again.
    /// </summary>
    public IReadOnlyDictionary<string, string>? PreSigned { get; private set; }

    /// <summary>Signs (and seals) the items of a message that starts its thread, outside the write gate.</summary>
    public void PreSign(FederationNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (Message.ThreadId != Message.Id)
        {
            return;
        }
        PreSigned = Routes.Where(r => !r.Local).ToDictionary(r => r.Destination, r => SignItem(node, r, 1), StringComparer.Ordinal);
    }

    /// <summary>The signed item of this message towards one node, with its number in the thread.</summary>
    public string SignItem(FederationNode node, Route route, long sequence)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(route);
        var sealedContent = route.ViaHub
            ? Jwe.Seal(route.Destination, node.Registry.Find(route.Destination)!.EncryptionKey!, CanonicalJson.Encode(Content))
            : null;
        var item = new MessageItem(Message.Id, node.NodeId, route.Destination, Message.ThreadId, sequence, Message.CreatedAt,
            sealedContent is null ? Content : null, sealedContent);
        return node.SignItem(item.ToJson());
    }
}

/// <summary>
/// Group commit for <see cref="SendMessage"/>: messages sent at the same time are stored in one transaction (one disk
/// flush for many messages), each with its sequence numbers, signed items, outbox entries and audit entry. A message is
/// acknowledged to its sender only after the transaction that holds it has committed. Should the batch fail on a
/// uniqueness conflict (the same idempotency key twice), each message is stored on its own so the others go through.
/// </summary>
public sealed class SendCommitter : IDisposable
{
    public const int MaxBatch = 256;

    /// <summary>Sends that must be stored together (one request's batch), and the answer per send: stored, or its key was taken.</summary>
    private sealed record Unit(IReadOnlyList<PendingSend> Sends, TaskCompletionSource<bool[]> Done);

    private readonly Channel<Unit> _queue = Channel.CreateUnbounded<Unit>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceScopeFactory _scopes;
    private readonly FederationNode _node;
    private readonly OutboxSignal _signal;
    private readonly WriteGate _writeGate;
    private readonly ILogger _timing;
    private readonly Task _loop;

    public SendCommitter(IServiceScopeFactory scopes, FederationNode node, OutboxSignal signal, WriteGate writeGate, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        _scopes = scopes;
        _node = node;
        _signal = signal;
        _writeGate = writeGate;
        _timing = loggers.CreateLogger(ExchangeTiming.Category);
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Stores the message durably; false when its idempotency key was already used (the caller answers with that message).</summary>
    public async Task<bool> CommitAsync(PendingSend send, CancellationToken cancellationToken) =>
        (await CommitManyAsync([send], cancellationToken))[0];

    /// <summary>
    /// Stores the messages durably in one transaction (with others sent at the same moment). Per message: true when
    /// stored, false when its idempotency key was already used. Only when a key conflict makes the transaction fail are
    /// the messages stored one by one, so each is still stored exactly once or answered as the earlier message.
    /// </summary>
    public async Task<bool[]> CommitManyAsync(IReadOnlyList<PendingSend> sends, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sends);
        var done = new TaskCompletionSource<bool[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite(new Unit(sends, done)))
        {
            throw new InvalidOperationException("The node is shutting down.");
        }
        return await done.Task.WaitAsync(cancellationToken);
    }

    private async Task LoopAsync()
    {
        var batch = new List<Unit>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            var count = 0;
            // Whole units only: a request's batch is never split between transactions (it may exceed MaxBatch alone).
            while (count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
                count += next.Sends.Count;
            }
            var sends = batch.SelectMany(u => u.Sends).ToList();
            try
            {
                await WriteAsync(sends);
                batch.ForEach(u => u.Done.TrySetResult([.. u.Sends.Select(_ => true)]));
            }
            catch (DbUpdateException) when (sends.Count > 1)
            {
                // A key conflict (or another failure) in the group: store each message on its own.
                foreach (var unit in batch)
                {
                    await WriteOneByOneAsync(unit);
                }
            }
            catch (DbUpdateException) when (sends.Count == 1 && sends[0].Message.IdempotencyKey is not null)
            {
                batch[0].Done.TrySetResult([false]);
            }
#pragma warning disable CA1031 // Any failure of the store belongs to the requests waiting for it.
            catch (Exception e)
#pragma warning restore CA1031
            {
                batch.ForEach(u => u.Done.TrySetException(e));
            }
            if (sends.Any(s => s.Routes.Any(r => !r.Local)))
            {
                _signal.Notify();
            }
        }
    }

    private async Task WriteOneByOneAsync(Unit unit)
    {
        var stored = new bool[unit.Sends.Count];
        try
        {
            for (var i = 0; i < unit.Sends.Count; i++)
            {
                var send = unit.Sends[i];
                try
                {
                    await WriteAsync([send]);
                    stored[i] = true;
                }
                catch (DbUpdateException) when (send.Message.IdempotencyKey is not null)
                {
                    stored[i] = false;
                }
            }
            unit.Done.TrySetResult(stored);
        }
#pragma warning disable CA1031
        catch (Exception e)
#pragma warning restore CA1031
        {
            unit.Done.TrySetException(e);
        }
    }

    private async Task WriteAsync(List<PendingSend> sends)
    {
        var started = ExchangeTiming.Now(_node.Time);
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConcordDbContext>();
        using var gate = await _writeGate.EnterAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Counters first (positions, then each thread towards each node), then the audit lock, then the rows.
        var position = await Counters.AdvanceAsync(db, Counters.Positions, sends.Count) - sends.Count;
        var counts = sends.SelectMany(s => s.Routes.Where(r => !r.Local).Select(r => Counters.OutboundThread(r.Destination, s.Message.ThreadId)))
            .GroupBy(name => name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
        // One statement for all the threads' counters: each value returned is the last number reserved; start before the first.
        var sequences = (await Counters.AdvanceManyAsync(db, [.. counts.Select(c => (c.Key, c.Value))]))
            .ToDictionary(c => c.Key, c => c.Value - counts[c.Key], StringComparer.Ordinal);
        var outbox = new List<OutboxEntry>();
        var toSign = new List<(OutboxEntry Entry, Route Route, PendingSend Send, long Sequence)>();
        foreach (var send in sends)
        {
            var message = send.Message;
            message.Deliveries.Clear(); // a batch that failed may have filled them
            message.Position = ++position;
            foreach (var route in send.Routes.OrderBy(r => r.Destination, StringComparer.Ordinal))
            {
                if (route.Local)
                {
                    message.Deliveries.Add(new Delivery { MessageId = message.Id, Node = route.Destination, NextHop = route.Destination, Local = true, State = DeliveryState.Delivered, DeliveredAt = message.CreatedAt });
                    continue;
                }
                var counter = Counters.OutboundThread(route.Destination, message.ThreadId);
                var sequence = ++sequences[counter];
                message.Deliveries.Add(new Delivery { MessageId = message.Id, Node = route.Destination, NextHop = route.NextHop, Sequence = sequence, State = DeliveryState.Pending });
                var entry = new OutboxEntry
                {
                    NextHop = route.NextHop,
                    Destination = route.Destination,
                    Origin = _node.NodeId,
                    Kind = ItemKinds.Message,
                    ItemId = message.Id,
                    CreatedAt = message.CreatedAt,
                    State = OutboxState.Pending,
                };
                outbox.Add(entry);
                toSign.Add((entry, route, send, sequence));
            }
            db.Audit(send.Audit);
        }
        // Items signed before the commit are used when their number in the thread is confirmed (a new thread: 1);
        // the others are sealed and signed now, on every core (one message's items on one thread: they share its content).
        Parallel.ForEach(toSign.GroupBy(t => t.Send.Message.Id), group =>
        {
            foreach (var (entry, route, send, sequence) in group)
            {
                entry.ItemJws = sequence == 1 && send.PreSigned is { } signed && signed.TryGetValue(route.Destination, out var item)
                    ? item
                    : send.SignItem(_node, route, sequence);
            }
        });
        // The audit chain's lock after the counters, then the rows (no change tracking: hundreds of rows per commit).
        await db.FlushAuditAsync();
        var direct = new DirectWriter(db);
        await direct.InsertMessagesAsync([.. sends.Select(s => s.Message)]);
        await direct.InsertAsync(outbox);
        await transaction.CommitAsync();
        if (_timing.IsEnabled(LogLevel.Debug))
        {
            var finished = ExchangeTiming.Now(_node.Time);
            ExchangeTiming.Committed(_timing, sends.Count, sends[0].Message.Position, sends[^1].Message.Position, started, finished);
        }
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _loop.Wait(TimeSpan.FromSeconds(10));
    }
}
