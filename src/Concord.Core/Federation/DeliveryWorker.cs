using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concord.Core.Audit;
using Concord.Core.Data;
using Concord.Core.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Concord.Core.Federation;

/// <summary>
/// Delivers the outbox. One pump per next hop sends pending entries in outbox order, in batches, each in a freshly
/// signed envelope; the answer's receipts are checked and stored, and the entries marked sent, in one transaction.
/// A failed request backs off exponentially for that peer only. The outbox is the source of truth: after a crash
/// (kill -9) the worker starts again from what is pending, and the receiver's idempotent inbox turns a repeated
/// delivery into the same receipt.
/// </summary>
public sealed partial class DeliveryWorker(IServiceScopeFactory scopes, FederationNode node, OutboxSignal signal, WriteGate writeGate, ILogger<DeliveryWorker> logger, ILoggerFactory loggers) : BackgroundService
{
    private readonly ILogger _timing = loggers.CreateLogger(ExchangeTiming.Category);

    /// <summary>Rejection codes that a later attempt may overcome; any other rejection fails the entry for good.</summary>
    private static readonly HashSet<string> Transient = new(StringComparer.Ordinal)
    {
        "stale-envelope", "replayed-envelope", "unknown-peer", "federation-not-configured", "no-route",
    };

    private readonly Dictionary<string, Task> _pumps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Failures, DateTimeOffset Until)> _backoff = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private HttpClient? _http;
    private DateTimeOffset _lastPrune;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!node.IsFederated)
        {
            return;
        }
        _ = node.Keys;
        using var http = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            MaxConnectionsPerServer = 4,
        })
        { Timeout = TimeSpan.FromSeconds(node.Options.RequestTimeoutSeconds) };
        _http = http;
        LogStarted(logger, node.NodeId);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await StartPumpsAsync(stoppingToken);
                await PruneNoncesAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or TimeoutException)
            {
                LogStoreProblem(logger, e);
            }
            try
            {
                await signal.WaitAsync(TimeSpan.FromMilliseconds(Math.Max(50, node.Options.PollMilliseconds)), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        Task[] running;
        lock (_gate)
        {
            running = [.. _pumps.Values];
        }
        // Pumps stop at their next step; an answer not yet recorded is recorded on the next start (the receiver is idempotent).
        await Task.WhenAll(running.Select(t => t.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default)));
        LogStopped(logger, node.NodeId);
    }

    private async Task StartPumpsAsync(CancellationToken stoppingToken)
    {
        List<string> hops;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConcordDbContext>();
            hops = await db.Outbox.AsNoTracking().Where(e => e.State == OutboxState.Pending).Select(e => e.NextHop).Distinct().ToListAsync(stoppingToken);
        }
        var now = node.Time.GetUtcNow();
        lock (_gate)
        {
            foreach (var hop in hops)
            {
                if (_pumps.ContainsKey(hop) || (_backoff.TryGetValue(hop, out var b) && b.Until > now))
                {
                    continue;
                }
                _pumps[hop] = Task.Run(() => PumpAsync(hop, stoppingToken), CancellationToken.None);
            }
        }
    }

    /// <summary>Requests on their way to one peer at a time, at most.</summary>
    public const int MaxInFlight = 2;

    /// <summary>
    /// Sends the hop's pending entries batch after batch, in outbox order, each in freshly signed envelopes. Up to
    /// <see cref="MaxInFlight"/> requests are on their way at once, so that the peer checks the signatures of one while
    /// it stores the other; answers are recorded one at a time, in the order the batches were sent. The peer may take
    /// two such requests in either order: it holds an early message of a thread until the gap fills
    /// (docs/federation-protocol.md §7.3), so users still see each thread in order. After a failure, or when the pump
    /// stops, whatever was not recorded is still pending and is sent again (the peer is idempotent).
    /// </summary>
    private async Task PumpAsync(string hop, CancellationToken stoppingToken)
    {
        var recording = Task.CompletedTask;
        var inFlight = new Queue<Task<SentBatch>>();
        try
        {
            long after = 0;
            while (!stoppingToken.IsCancellationRequested)
            {
                var noRoute = false;
                while (inFlight.Count < MaxInFlight)
                {
                    // Read and signed on a thread of its own: SQLite's async calls complete synchronously.
                    var from = after;
                    var prepared = await Task.Run(() => PrepareBatchAsync(hop, from, stoppingToken), CancellationToken.None);
                    if (prepared.Outcome != BatchOutcome.Sent)
                    {
                        noRoute = prepared.Outcome == BatchOutcome.Failed;
                        break;
                    }
                    inFlight.Enqueue(PostBatchAsync(hop, prepared, stoppingToken));
                    after = prepared.Entries[^1].Id;
                }
                if (inFlight.Count == 0)
                {
                    if (!noRoute)
                    {
                        break; // nothing pending
                    }
                    after = 0;
                    await Task.Delay(RecordFailure(hop), node.Time, stoppingToken);
                    continue;
                }
                var sent = await inFlight.Dequeue();
                await recording;
                recording = Task.CompletedTask;
                if (sent.Outcome == BatchOutcome.Failed)
                {
                    // Answers already on their way are still recorded; everything else stays pending and is sent again.
                    while (inFlight.Count > 0)
                    {
                        if (await inFlight.Dequeue() is { Outcome: BatchOutcome.Sent } other)
                        {
                            await Task.Run(() => RecordAsync(hop, other, stoppingToken), CancellationToken.None);
                        }
                    }
                    after = 0;
                    await Task.Delay(RecordFailure(hop), node.Time, stoppingToken);
                    continue;
                }
                // Recorded on a thread of its own while the next batches travel.
                recording = Task.Run(() => RecordAsync(hop, sent, stoppingToken), CancellationToken.None);
                lock (_gate)
                {
                    _backoff.Remove(hop);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            LogStoreProblem(logger, e);
            RecordFailure(hop);
        }
        finally
        {
            try
            {
                await recording;
                while (inFlight.Count > 0)
                {
                    await inFlight.Dequeue(); // not recorded: still pending, sent again on the next start
                }
            }
            catch (Exception e) when (e is OperationCanceledException or DbUpdateException or InvalidOperationException or System.Data.Common.DbException or TimeoutException)
            {
                LogStoreProblem(logger, e);
            }
            lock (_gate)
            {
                _pumps.Remove(hop);
            }
            signal.Notify();
        }
    }

    private TimeSpan RecordFailure(string hop)
    {
        lock (_gate)
        {
            var failures = _backoff.TryGetValue(hop, out var b) ? b.Failures + 1 : 1;
            var options = node.Options;
            var exponent = Math.Min(failures - 1, 20);
            var ms = Math.Min(options.MaxBackoffMilliseconds, options.MinBackoffMilliseconds * Math.Pow(2, exponent));
            // Up to a fifth of jitter, so that peers that failed together do not retry in step.
            ms *= 1 + (Random.Shared.NextDouble() * 0.2);
            var delay = TimeSpan.FromMilliseconds(Math.Min(ms, options.MaxBackoffMilliseconds * 1.2));
            _backoff[hop] = (failures, node.Time.GetUtcNow() + delay);
            LogBackoff(logger, hop, failures, (long)delay.TotalMilliseconds);
            return delay;
        }
    }

    private enum BatchOutcome
    {
        Empty,
        Sent,
        Failed,
    }

    /// <summary>A batch on its way: the entries, the peer's answer for each, and the times of its stages (for ExchangeTiming).</summary>
    private sealed record SentBatch(BatchOutcome Outcome, List<OutboxEntry> Entries, List<EnvelopeResult> Results, string BatchId, long Picked, long Posted, long Answered)
    {
        public static readonly SentBatch Empty = new(BatchOutcome.Empty, [], [], "", 0, 0, 0);
        public static readonly SentBatch Failed = new(BatchOutcome.Failed, [], [], "", 0, 0, 0);
    }

    /// <summary>The next pending entries after an outbox id, each in a freshly signed envelope, ready to be posted.</summary>
    private sealed record PreparedBatch(BatchOutcome Outcome, List<OutboxEntry> Entries, string[] Envelopes, string BatchId, long Picked)
    {
        public static readonly PreparedBatch Empty = new(BatchOutcome.Empty, [], [], "", 0);
        public static readonly PreparedBatch NoRoute = new(BatchOutcome.Failed, [], [], "", 0);
    }

    /// <summary>Reads the next pending entries after outbox id <paramref name="after"/> and signs a fresh envelope for each.</summary>
    private async Task<PreparedBatch> PrepareBatchAsync(string hop, long after, CancellationToken ct)
    {
        List<OutboxEntry> candidates;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConcordDbContext>();
            candidates = await db.Outbox.AsNoTracking().Where(e => e.State == OutboxState.Pending && e.NextHop == hop && e.Id > after)
                .OrderBy(e => e.Id).Take(Math.Clamp(node.Options.BatchSize, 1, ReceiveEnvelopes.MaxBatch)).ToListAsync(ct);
        }
        if (candidates.Count == 0)
        {
            return PreparedBatch.Empty;
        }
        var picked = ExchangeTiming.Now(node.Time);
        // Keep one request under ~16 MiB of items.
        var entries = new List<OutboxEntry>();
        long bytes = 0;
        foreach (var e in candidates)
        {
            if (entries.Count > 0 && bytes + e.ItemJws.Length > 16 * 1024 * 1024)
            {
                break;
            }
            entries.Add(e);
            bytes += e.ItemJws.Length;
        }
        if (node.Registry.Find(hop)?.Url is null)
        {
            LogNoRoute(logger, hop);
            return PreparedBatch.NoRoute;
        }
        // Signing needs no order and no database: every core signs.
        var envelopes = new string[entries.Count];
        var jtis = new string[entries.Count];
        Parallel.For(0, entries.Count, i => envelopes[i] = node.SignEnvelope(hop, entries[i].Kind, entries[i].ItemJws, out jtis[i]));
        return new PreparedBatch(BatchOutcome.Sent, entries, envelopes, jtis[0], picked);
    }

    /// <summary>Posts a prepared batch to the peer and returns its answer.</summary>
    private async Task<SentBatch> PostBatchAsync(string hop, PreparedBatch prepared, CancellationToken ct)
    {
        var peer = node.Registry.Find(hop);
        if (peer?.Url is null)
        {
            return SentBatch.Failed;
        }
        var (entries, envelopes, batchId) = (prepared.Entries, prepared.Envelopes, prepared.BatchId);
        var posted = ExchangeTiming.Now(node.Time);
        List<EnvelopeResult> results;
        try
        {
            using var response = await _http!.PostAsJsonAsync(new Uri(peer.Url, "federation/v1/envelopes"), new EnvelopeBatch(envelopes), ct);
            if (!response.IsSuccessStatusCode)
            {
                LogPeerAnswered(logger, hop, (int)response.StatusCode);
                return SentBatch.Failed;
            }
            var answer = await response.Content.ReadFromJsonAsync<JsonObject>(ct);
            results = [.. (answer?["results"] as JsonArray ?? []).Select(r => new EnvelopeResult(
                (string?)r?["status"] ?? EnvelopeStatus.Rejected, (string?)r?["code"], (string?)r?["detail"], (string?)r?["receipt"]))];
            if (results.Count != entries.Count)
            {
                LogPeerAnswered(logger, hop, -1);
                return SentBatch.Failed;
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or NotSupportedException && !ct.IsCancellationRequested)
        {
            LogUnreachable(logger, hop, e.GetType().Name);
            return SentBatch.Failed;
        }
        return new SentBatch(BatchOutcome.Sent, entries, results, batchId, prepared.Picked, posted, ExchangeTiming.Now(node.Time));
    }

    private sealed record EnvelopeBatch(IReadOnlyList<string> Envelopes);

    /// <summary>A receipt the hub passes back to the origin of a message it relayed (checked before the write gate).</summary>
    private sealed record Forward(Guid ReceiptId, string Signer, string Receipt);

    /// <summary>
    /// Marks the batch sent and stores what the peer answered, in one transaction. Receipts are checked before the write
    /// gate; the outbox and delivery rows are then updated with one prepared statement per row (no change tracking).
    /// </summary>
    private async Task RecordAsync(string hop, SentBatch batch, CancellationToken ct)
    {
        var (sent, results) = (batch.Entries, batch.Results);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConcordDbContext>();
        var messageIds = sent.Where(e => e.Kind == ItemKinds.Message && e.Origin == node.NodeId).Select(e => e.ItemId).Distinct().ToList();
        var now = node.Time.GetUtcNow();
        // Receipts are checked before the write gate is taken: signature checks need no lock.
        var checks = new ReceiptItem?[sent.Count];
        var forwards = new Forward?[sent.Count];
        Parallel.For(0, sent.Count, i =>
        {
            if (sent[i].Kind != ItemKinds.Message || results[i].Status == EnvelopeStatus.Rejected)
            {
                return;
            }
            if (sent[i].Origin == node.NodeId)
            {
                checks[i] = CheckReceipt(results[i].Receipt, sent[i], hop);
            }
            else if (results[i].Receipt is { } receipt && node.VerifyItem(receipt) is { IsSuccess: true } receiptItem
                && Guid.TryParse((string?)receiptItem.Value.Payload["id"], out var receiptId))
            {
                // The hub relayed someone else's message: the recipient's receipt goes back to the origin.
                forwards[i] = new Forward(receiptId, receiptItem.Value.Signer, receipt);
            }
        });
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        using var gate = await writeGate.EnterAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var deliveries = messageIds.Count == 0 ? []
            : (await db.Deliveries.AsNoTracking().Where(d => messageIds.Contains(d.MessageId) && !d.Local).ToListAsync(ct))
                .ToDictionary(d => (d.MessageId, d.Node));
        var changedDeliveries = new HashSet<(Guid, string)>();
        var sentRows = new List<object?[]>();
        var failedRows = new List<object?[]>();
        var retryRows = new List<object?[]>();
        int delivered = 0, relayed = 0, failed = 0, retry = 0;
        var forward = false;
        for (var i = 0; i < sent.Count; i++)
        {
            var entry = sent[i];
            var result = results[i];
            deliveries.TryGetValue((entry.ItemId, entry.Destination), out var target);
            if (result.Status == EnvelopeStatus.Rejected)
            {
                var code = FederationErrors.Clip(result.Code);
                if (Transient.Contains(result.Code ?? ""))
                {
                    retryRows.Add([entry.Id, code]);
                    retry++;
                    continue;
                }
                failedRows.Add([entry.Id, OutboxState.Failed, code]);
                failed++;
                if (target is not null && entry.Kind == ItemKinds.Message)
                {
                    target.State = DeliveryState.Failed;
                    target.Error = code + ": " + (result.Detail ?? "");
                    if (target.Error.Length > 512)
                    {
                        target.Error = target.Error[..512];
                    }
                    changedDeliveries.Add((target.MessageId, target.Node));
                }
                db.Audit(new AuditEvent(Actor.System, "message.delivery-failed", entry.Kind + ":" + entry.ItemId.ToString("D"), AuditEvent.Failure + ":" + code, "peer=" + hop));
                continue;
            }
            sentRows.Add([entry.Id, OutboxState.Sent, now]);
            if (entry.Kind != ItemKinds.Message)
            {
                continue;
            }
            if (entry.Origin != node.NodeId)
            {
                if (forwards[i] is { } f)
                {
                    var origin = entry.Origin;
                    if (!db.Outbox.Local.Any(e => e.NextHop == origin && e.Kind == ItemKinds.Receipt && e.ItemId == f.ReceiptId)
                        && !await db.Outbox.AnyAsync(e => e.NextHop == origin && e.Destination == origin && e.Kind == ItemKinds.Receipt && e.ItemId == f.ReceiptId, ct))
                    {
                        db.Outbox.Add(new OutboxEntry
                        {
                            NextHop = entry.Origin, Destination = entry.Origin, Origin = f.Signer, Kind = ItemKinds.Receipt,
                            ItemId = f.ReceiptId, ItemJws = f.Receipt, CreatedAt = now, State = OutboxState.Pending,
                        });
                        forward = true;
                    }
                }
                continue;
            }
            if (target is null)
            {
                continue;
            }
            changedDeliveries.Add((target.MessageId, target.Node));
            var check = checks[i];
            if (check is { Kind: ItemKinds.Receipt } r)
            {
                if (target.ReceiptJws is null)
                {
                    target.ReceiptJws = result.Receipt;
                    target.DeliveredAt = r.Time;
                }
                if (target.State < DeliveryState.Delivered)
                {
                    target.State = DeliveryState.Delivered;
                }
                delivered++;
            }
            else if (check is { Kind: ItemKinds.RelayReceipt } relay)
            {
                target.RelayReceiptJws ??= result.Receipt;
                target.RelayedAt ??= relay.Time;
                if (target.State < DeliveryState.Relayed)
                {
                    target.State = DeliveryState.Relayed;
                }
                relayed++;
            }
            else
            {
                target.State = DeliveryState.Failed;
                target.Error = "invalid-receipt: the answer carried no valid receipt signed by " + hop + ".";
                failed++;
            }
        }
        db.Audit(new AuditEvent(Actor.System, "federation.deliver", "peer:" + hop, AuditEvent.Success,
            $"envelopes={sent.Count};delivered={delivered};relayed={relayed};failed={failed};retry={retry}"));
        // The audit chain's lock first, then the rows: the order in which every writer takes them.
        await db.FlushAuditAsync(ct);
        var direct = new DirectWriter(db);
        DirectParameter Outbox(string property) => DirectParameter.Of<OutboxEntry>(db, property);
        DirectParameter Deliveries(string property) => DirectParameter.Of<Delivery>(db, property);
        await direct.ExecuteAsync("""UPDATE "Outbox" SET "Attempts" = "Attempts" + 1, "State" = {1}, "SentAt" = {2}, "LastError" = NULL WHERE "Id" = {0}""",
            [Outbox(nameof(OutboxEntry.Id)), Outbox(nameof(OutboxEntry.State)), Outbox(nameof(OutboxEntry.SentAt))], sentRows, ct);
        await direct.ExecuteAsync("""UPDATE "Outbox" SET "Attempts" = "Attempts" + 1, "State" = {1}, "LastError" = {2} WHERE "Id" = {0}""",
            [Outbox(nameof(OutboxEntry.Id)), Outbox(nameof(OutboxEntry.State)), Outbox(nameof(OutboxEntry.LastError))], failedRows, ct);
        await direct.ExecuteAsync("""UPDATE "Outbox" SET "Attempts" = "Attempts" + 1, "LastError" = {1} WHERE "Id" = {0}""",
            [Outbox(nameof(OutboxEntry.Id)), Outbox(nameof(OutboxEntry.LastError))], retryRows, ct);
        await direct.ExecuteAsync(
            """UPDATE "Deliveries" SET "State" = {2}, "ReceiptJws" = {3}, "DeliveredAt" = {4}, "RelayReceiptJws" = {5}, "RelayedAt" = {6}, "Error" = {7} WHERE "MessageId" = {0} AND "Node" = {1}""",
            [Deliveries(nameof(Delivery.MessageId)), Deliveries(nameof(Delivery.Node)), Deliveries(nameof(Delivery.State)), Deliveries(nameof(Delivery.ReceiptJws)),
             Deliveries(nameof(Delivery.DeliveredAt)), Deliveries(nameof(Delivery.RelayReceiptJws)), Deliveries(nameof(Delivery.RelayedAt)), Deliveries(nameof(Delivery.Error))],
            changedDeliveries.Select(k => deliveries[k]).Select(d => new object?[] { d.MessageId, d.Node, d.State, d.ReceiptJws, d.DeliveredAt, d.RelayReceiptJws, d.RelayedAt, d.Error }), ct);
        if (forward)
        {
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        if (forward)
        {
            signal.Notify();
        }
        LogDelivered(logger, hop, sent.Count, delivered, relayed, failed);
        if (_timing.IsEnabled(LogLevel.Debug))
        {
            var finished = ExchangeTiming.Now(node.Time);
            ExchangeTiming.Delivered(_timing, hop, batch.BatchId, sent.Count, sent[0].Id, sent[^1].Id, batch.Picked, batch.Posted, batch.Answered, finished);
        }
    }

    /// <summary>A receipt is valid when the node that should sign it did, for this very item (digest), addressed to us.</summary>
    private ReceiptItem? CheckReceipt(string? compact, OutboxEntry entry, string hop)
    {
        if (compact is null)
        {
            return null;
        }
        var verified = node.VerifyItem(compact);
        if (!verified.IsSuccess)
        {
            return null;
        }
        var parsed = ReceiptItem.FromJson(verified.Value.Payload);
        if (!parsed.IsSuccess)
        {
            return null;
        }
        var r = parsed.Value;
        var expectedSigner = r.Kind == ItemKinds.RelayReceipt ? hop : entry.Destination;
        var ok = verified.Value.Signer == expectedSigner && r.From == expectedSigner && r.To == node.NodeId && r.Of == entry.ItemId
            && r.Digest == ReceiptItem.DigestOf(entry.ItemJws) && r.Kind is ItemKinds.Receipt or ItemKinds.RelayReceipt;
        return ok ? r : null;
    }

    private async Task PruneNoncesAsync(CancellationToken ct)
    {
        var now = node.Time.GetUtcNow();
        if (now - _lastPrune < TimeSpan.FromMinutes(1))
        {
            return;
        }
        _lastPrune = now;
        var cutoff = (now - TimeSpan.FromSeconds(node.Options.FreshnessSeconds * 2L)).ToUnixTimeMilliseconds();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConcordDbContext>();
        using var gate = await writeGate.EnterAsync(ct);
        await db.EnvelopeNonces.Where(n => n.SeenAt < cutoff).ExecuteDeleteAsync(ct);
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Federation: delivery worker of node {Node} started")]
    private static partial void LogStarted(ILogger logger, string node);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Federation: delivery worker of node {Node} stopped")]
    private static partial void LogStopped(ILogger logger, string node);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Debug, Message = "Federation: {Count} envelopes to {Peer}: {Delivered} delivered, {Relayed} relayed, {Failed} failed")]
    private static partial void LogDelivered(ILogger logger, string peer, int count, int delivered, int relayed, int failed);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Federation: peer {Peer} unreachable ({Problem})")]
    private static partial void LogUnreachable(ILogger logger, string peer, string problem);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Federation: peer {Peer} answered HTTP {Status}")]
    private static partial void LogPeerAnswered(ILogger logger, string peer, int status);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information, Message = "Federation: retrying {Peer} after failure {Failures} in {DelayMs} ms")]
    private static partial void LogBackoff(ILogger logger, string peer, int failures, long delayMs);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Warning, Message = "Federation: no URL for next hop {Peer} in the peer registry")]
    private static partial void LogNoRoute(ILogger logger, string peer);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Warning, Message = "Federation: the store failed; will retry")]
    private static partial void LogStoreProblem(ILogger logger, Exception exception);
}
