using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Concord.Core.Audit;
using Concord.Core.Data;
using Concord.Core.Directory;
using Concord.Core.Handling;
using Concord.Core.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Concord.Core.Federation;

public static class EnvelopeStatus
{
    public const string Accepted = "accepted";
    public const string Duplicate = "duplicate";
    public const string Relayed = "relayed";
    public const string Rejected = "rejected";
}

/// <summary>The answer for one envelope: accepted/duplicate (with the signed receipt), relayed (with the hub's relay receipt) or rejected (with a code).</summary>
public sealed record EnvelopeResult(string Status, string? Code = null, string? Detail = null, string? Receipt = null)
{
    public JsonObject ToJson()
    {
        var o = new JsonObject { ["status"] = Status };
        if (Code is not null)
        {
            o["code"] = Code;
        }
        if (Detail is not null)
        {
            o["detail"] = Detail;
        }
        if (Receipt is not null)
        {
            o["receipt"] = Receipt;
        }
        return o;
    }

    public static EnvelopeResult Reject(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(EnvelopeStatus.Rejected, error.Code, error.Message);
    }
}

/// <summary>
/// Takes in a batch of envelopes from a peer (docs/federation-protocol.md §6). Each envelope is checked (a trusted
/// signer, a valid signature, addressed to this node, fresh, never seen before) and so is the item inside it (signed
/// by a trusted origin). Then, in one transaction: messages for this node go into the inbox, idempotently by message
/// id and in order within their thread (an early one is held until the gap fills), each with a delivery receipt signed
/// by this node; receipts update the sender's deliveries; items for other nodes are queued for relaying when this node
/// is the hub. Every rejected envelope is audited.
/// </summary>
public sealed class ReceiveEnvelopes(ConcordDbContext db, FederationNode node, OutboxSignal signal, WriteGate writeGate, OrganisationCache organisations, ILoggerFactory loggers)
{
    private readonly ILogger _timing = loggers.CreateLogger(ExchangeTiming.Category);

    public const int MaxBatch = 500;

    private sealed record Checked(int Index, VerifiedJws Envelope, string Jti, string Kind, VerifiedJws Item);

    public async Task<IReadOnlyList<EnvelopeResult>> ExecuteAsync(IReadOnlyList<string> envelopes, string client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        var results = new EnvelopeResult?[envelopes.Count];
        if (!node.IsFederated)
        {
            return [.. envelopes.Select(_ => EnvelopeResult.Reject(FederationErrors.NotConfigured()))];
        }
        var now = node.Time.GetUtcNow();
        var started = now.ToUnixTimeMilliseconds();
        var rejections = new List<(string Signer, string Object, Error Error)>();
        var passed = new List<Checked>();
        // Signature checks need no database and no order: they use every core. The order of the checks per envelope
        // stays that of docs/federation-protocol.md §6 (envelope, then a repeated jti within the batch, then the item).
        var envelopeChecks = new Result<Hop>[envelopes.Count];
        Parallel.For(0, envelopes.Count, i => envelopeChecks[i] = CheckEnvelope(envelopes[i], now));
        var jtis = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < envelopes.Count; i++)
        {
            if (envelopeChecks[i].IsSuccess && !jtis.Add(envelopeChecks[i].Value.Jti))
            {
                envelopeChecks[i] = FederationErrors.Replayed();
            }
        }
        var checks = new Result<Checked>[envelopes.Count];
        Parallel.For(0, envelopes.Count, i => checks[i] = envelopeChecks[i].IsSuccess ? CheckItem(envelopeChecks[i].Value, i) : Result<Checked>.Failure(envelopeChecks[i].Errors));
        for (var i = 0; i < envelopes.Count; i++)
        {
            var check = checks[i];
            if (check.IsSuccess)
            {
                passed.Add(check.Value);
            }
            else
            {
                results[i] = EnvelopeResult.Reject(check.Errors[0]);
                rejections.Add((ClaimedSigner(envelopes[i]), "envelope", check.Errors[0]));
            }
        }

        // Opening, checking and converting the messages and signing their receipts need no database either: done on
        // every core before the write gate, so that another batch can be stored meanwhile.
        var organisationMap = passed.Any(p => p.Kind == ItemKinds.Message) ? await organisations.GetAsync(db, cancellationToken) : null;
        var prepared = new Prepared?[passed.Count];
        Parallel.For(0, passed.Count, i => prepared[i] = Batch.Prepare(node, now, organisationMap, passed[i].Kind, passed[i].Item));

        // Only new rows and a few receipt updates: detect changes once before saving, not on every lookup (O(n²) in a batch).
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        using var gate = await writeGate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var seen = passed.Count == 0 ? [] : await SeenNoncesAsync([.. passed.Select(p => p.Jti)], cancellationToken);
        var work = new Batch(db, node, now, organisationMap);
        await work.PrefetchAsync([.. passed.Where(p => !seen.Contains(p.Jti) && p.Kind == ItemKinds.Message).Select(p => p.Item.Payload)], cancellationToken);
        var nonces = new List<EnvelopeNonce>(passed.Count);
        for (var i = 0; i < passed.Count; i++)
        {
            var p = passed[i];
            if (seen.Contains(p.Jti))
            {
                results[p.Index] = EnvelopeResult.Reject(FederationErrors.Replayed());
                rejections.Add((p.Envelope.Signer, "envelope:" + p.Jti, FederationErrors.Replayed()));
                continue;
            }
            nonces.Add(new EnvelopeNonce { Jti = p.Jti, Node = p.Envelope.Signer, SeenAt = now.ToUnixTimeMilliseconds() });
            var result = await work.ProcessAsync(p.Envelope.Signer, p.Kind, p.Item, prepared[i], client, cancellationToken);
            results[p.Index] = result;
            if (result.Status == EnvelopeStatus.Rejected)
            {
                rejections.Add((p.Envelope.Signer, "item:" + FederationErrors.Clip((string?)p.Item.Payload["id"]), new Error(result.Code!, result.Detail ?? "")));
            }
        }
        // Locks in the order every writer takes them: counters, then the audit chain, then tracked changes.
        await work.AssignPositionsAsync(cancellationToken);
        foreach (var (signer, target, error) in rejections)
        {
            db.Audit(new AuditEvent(new Actor("node:" + FederationErrors.Clip(signer), "node:" + FederationErrors.Clip(signer), ""),
                "federation.reject", target, AuditEvent.Denied + ":" + error.Code, "", client));
        }
        await db.FlushAuditAsync(cancellationToken);
        var direct = new DirectWriter(db);
        await direct.InsertAsync(nonces, cancellationToken);
        await work.InsertAsync(direct, cancellationToken);
        db.ChangeTracker.DetectChanges();
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        if (passed.Count > 0 && _timing.IsEnabled(LogLevel.Debug))
        {
            var finished = ExchangeTiming.Now(node.Time);
            ExchangeTiming.TookIn(_timing, passed[0].Envelope.Signer, passed[0].Jti, envelopes.Count, started, finished);
        }
        if (work.Relayed)
        {
            signal.Notify();
        }
        return [.. results.Select(r => r!)];
    }

    private async Task<HashSet<string>> SeenNoncesAsync(List<string> jtis, CancellationToken cancellationToken) =>
        [.. await db.EnvelopeNonces.AsNoTracking().Where(n => jtis.Contains(n.Jti)).Select(n => n.Jti).ToListAsync(cancellationToken)];

    /// <summary>An envelope whose own checks passed: its signature, the envelope id, the kind and the item it carries.</summary>
    private sealed record Hop(VerifiedJws Envelope, string Jti, string Kind, string Item);

    /// <summary>The checks of the envelope itself that need no database: signature, members, signer, audience, freshness.</summary>
    private Result<Hop> CheckEnvelope(string compact, DateTimeOffset now)
    {
        var verified = node.VerifyEnvelope(compact);
        if (!verified.IsSuccess)
        {
            return Result<Hop>.Failure(verified.Errors);
        }
        var envelope = verified.Value;
        var p = envelope.Payload;
        string? iss = null, aud = null, jti = null, kind = null, item = null;
        long iat = 0;
        try
        {
            iss = (string?)p["iss"];
            aud = (string?)p["aud"];
            jti = (string?)p["jti"];
            kind = (string?)p["kind"];
            item = (string?)p["item"];
            iat = (long?)p["iat"] ?? 0;
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            return FederationErrors.Malformed("a field of the envelope has the wrong type");
        }
        if (VersionOf(p) != ItemKinds.ProtocolVersion || jti is not { Length: >= 8 and <= 64 } || item is null
            || kind is not (ItemKinds.Message or ItemKinds.Receipt or ItemKinds.ReadReceipt))
        {
            return FederationErrors.Malformed("the envelope needs v 1, jti, kind message/receipt/read-receipt and item");
        }
        if (iss != envelope.Signer)
        {
            return FederationErrors.SenderMismatch();
        }
        if (aud != node.NodeId)
        {
            return FederationErrors.WrongAudience(aud ?? "");
        }
        if (Math.Abs(now.ToUnixTimeSeconds() - iat) > node.Options.FreshnessSeconds)
        {
            return FederationErrors.Stale();
        }
        return new Hop(envelope, jti, kind, item);
    }

    /// <summary>The checks of the item inside: signed by a trusted origin, of the envelope's kind, from its signer.</summary>
    private Result<Checked> CheckItem(Hop hop, int index)
    {
        var (envelope, jti, kind, item) = hop;
        var itemVerified = node.VerifyItem(item);
        if (!itemVerified.IsSuccess)
        {
            return Result<Checked>.Failure(itemVerified.Errors);
        }
        var itemPayload = itemVerified.Value.Payload;
        if ((string?)itemPayload["kind"] != kind || (string?)itemPayload["from"] != itemVerified.Value.Signer)
        {
            return FederationErrors.SenderMismatch();
        }
        return new Checked(index, envelope, jti, kind, itemVerified.Value);
    }

    private static long? VersionOf(JsonObject payload)
    {
        try
        {
            return (long?)payload["v"];
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static string ClaimedSigner(string compact)
    {
        try
        {
            var dot = compact.IndexOf('.', StringComparison.Ordinal);
            var header = dot > 0 ? Base64UrlText.TryDecode(compact[..dot]) : null;
            var kid = header is null ? null : (string?)JsonNode.Parse(header)?["kid"];
            return kid?.Split('/')[0] ?? "unknown";
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or ArgumentException)
        {
            return "unknown";
        }
    }

    /// <summary>A message item for this node, opened, checked and converted before the write gate, with its receipt signed.</summary>
    private sealed record Prepared(MessageItem? Item, Error? Error, Message? Message, string? Receipt);

    /// <summary>The stateful part of one batch, inside its transaction.</summary>
    private sealed class Batch(ConcordDbContext db, FederationNode node, DateTimeOffset now, IReadOnlyDictionary<string, Organisation>? organisations)
    {
        private readonly Dictionary<string, long> _expected = new(StringComparer.Ordinal);
        /// <summary>The receipt of every message already here, held or taken in by this batch, by message id.</summary>
        private readonly Dictionary<Guid, string> _stored = [];
        private readonly Dictionary<string, long> _releasedThreads = new(StringComparer.Ordinal);
        private readonly List<Message> _released = [];
        /// <summary>Items held by this batch (inserted directly at the end), by (from, thread, seq).</summary>
        private readonly Dictionary<(string From, Guid Thread, long Sequence), HeldItem> _held = [];
        private bool? _anyHeld;

        public bool Relayed { get; private set; }

        /// <summary>The work on a message for this node that needs no database (run in parallel, before the write gate).</summary>
        public static Prepared? Prepare(FederationNode node, DateTimeOffset now, IReadOnlyDictionary<string, Organisation>? organisations, string kind, VerifiedJws verified)
        {
            if (kind != ItemKinds.Message || (string?)verified.Payload["to"] != node.NodeId || organisations is null)
            {
                return null;
            }
            var parsed = MessageItem.FromJson(verified.Payload);
            if (!parsed.IsSuccess)
            {
                return new Prepared(null, parsed.Errors[0], null, null);
            }
            var item = parsed.Value;
            var message = ToMessage(node, now, organisations, item, verified.Compact);
            if (!message.IsSuccess)
            {
                return new Prepared(item, message.Errors[0], null, null);
            }
            var receipt = node.SignItem(new ReceiptItem(ItemKinds.Receipt, Guid.NewGuid(), node.NodeId, item.From, item.Id,
                ReceiptItem.DigestOf(verified.Compact), now, null).ToJson());
            return new Prepared(item, null, message.Value, receipt);
        }

        public async Task<EnvelopeResult> ProcessAsync(string hop, string kind, VerifiedJws item, Prepared? prepared, string client, CancellationToken ct)
        {
            var to = (string?)item.Payload["to"] ?? "";
            if (to != node.NodeId)
            {
                return await RelayAsync(hop, kind, item, to, client, ct);
            }
            return kind switch
            {
                // Every message for this node was prepared before the write gate (the organisations are read whenever a batch holds a message).
                ItemKinds.Message => await ReceiveMessageAsync(item, prepared!, client, ct),
                _ => await ReceiveReceiptAsync(item, client, ct),
            };
        }

        private async Task<EnvelopeResult> RelayAsync(string hop, string kind, VerifiedJws item, string to, string client, CancellationToken ct)
        {
            var peers = node.Registry.Current;
            // Only the hub relays, only for the node that made the item, and only to a peer it knows: no loops, no chains.
            if (peers.Hub != node.NodeId || hop != item.Signer || peers.Find(to)?.Url is null)
            {
                return EnvelopeResult.Reject(FederationErrors.NotForThisNode(to));
            }
            if (!Guid.TryParse((string?)item.Payload["id"], out var itemId))
            {
                return EnvelopeResult.Reject(FederationErrors.Malformed("the item has no id"));
            }
            var exists = db.Outbox.Local.Any(e => e.NextHop == to && e.Kind == kind && e.ItemId == itemId)
                || await db.Outbox.AnyAsync(e => e.NextHop == to && e.Kind == kind && e.ItemId == itemId, ct);
            if (!exists)
            {
                db.Outbox.Add(new OutboxEntry
                {
                    NextHop = to,
                    Destination = to,
                    Origin = item.Signer,
                    Kind = kind,
                    ItemId = itemId,
                    ItemJws = item.Compact,
                    CreatedAt = now,
                    State = OutboxState.Pending,
                });
                // The hub sees routing data only: ids, nodes, thread, sequence; never the content of a sealed message.
                db.Audit(new AuditEvent(NodeActor(item.Signer), "federation.relay", kind + ":" + itemId.ToString("D"), AuditEvent.Success, "to=" + to, client));
                Relayed = true;
            }
            var receipt = new ReceiptItem(ItemKinds.RelayReceipt, Guid.NewGuid(), node.NodeId, item.Signer, itemId, ReceiptItem.DigestOf(item.Compact), now, null);
            return new EnvelopeResult(exists ? EnvelopeStatus.Duplicate : EnvelopeStatus.Relayed, Receipt: node.SignItem(receipt.ToJson()));
        }

        private async Task<EnvelopeResult> ReceiveMessageAsync(VerifiedJws verified, Prepared prepared, string client, CancellationToken ct)
        {
            if (prepared.Item is null)
            {
                return EnvelopeResult.Reject(prepared.Error!);
            }
            var item = prepared.Item;
            if (_stored.TryGetValue(item.Id, out var stored))
            {
                // A retry after a lost answer: same message id, so the same receipt, and nothing stored twice.
                return new EnvelopeResult(EnvelopeStatus.Duplicate, Receipt: stored);
            }
            if (prepared.Message is not { } message || prepared.Receipt is not { } receipt)
            {
                return EnvelopeResult.Reject(prepared.Error!);
            }
            var counter = Counters.InboundThread(item.From, item.Thread);
            var expected = await ExpectedAsync(counter, ct);
            if (item.Sequence < expected)
            {
                return EnvelopeResult.Reject(FederationErrors.SequenceReused());
            }
            if (item.Sequence > expected)
            {
                var clash = _held.ContainsKey((item.From, item.Thread, item.Sequence))
                    || await db.HeldItems.AnyAsync(h => h.FromNode == item.From && h.ThreadId == item.Thread && h.Sequence == item.Sequence, ct);
                if (clash)
                {
                    return EnvelopeResult.Reject(FederationErrors.SequenceReused());
                }
                _held[(item.From, item.Thread, item.Sequence)] = new HeldItem
                {
                    Id = item.Id, FromNode = item.From, ThreadId = item.Thread, Sequence = item.Sequence, ItemJws = verified.Compact, ReceiptJws = receipt, ReceivedAt = now,
                };
                _stored[item.Id] = receipt;
                _anyHeld = true;
                db.Audit(new AuditEvent(NodeActor(item.From), "message.receive", "message:" + item.Id.ToString("D"), AuditEvent.Success + ":held",
                    $"from={item.From};seq={item.Sequence};expected={expected}", client));
                return new EnvelopeResult(EnvelopeStatus.Accepted, Receipt: receipt);
            }
            message.ReceiptJws = receipt;
            Release(message, client, item.Sequence);
            var next = item.Sequence + 1;
            while (await TakeHeldAsync(item.From, item.Thread, next, ct) is { } held)
            {
                var heldItem = MessageItem.FromJson(node.VerifyItem(held.ItemJws).Value.Payload).Value;
                var heldMessage = ToMessage(node, now, organisations!, heldItem, held.ItemJws).Value;
                heldMessage.ReceiptJws = held.ReceiptJws;
                heldMessage.ReceivedAt = held.ReceivedAt;
                Release(heldMessage, client, next);
                next++;
            }
            _expected[counter] = next;
            _releasedThreads[counter] = next - 1;
            return new EnvelopeResult(EnvelopeStatus.Accepted, Receipt: receipt);
        }

        private void Release(Message message, string client, long sequence)
        {
            _released.Add(message);
            _stored[message.Id] = message.ReceiptJws!;
            db.Audit(new AuditEvent(NodeActor(message.FromNode), "message.receive", "message:" + message.Id.ToString("D"), AuditEvent.Success,
                $"from={message.FromOrganisation};seq={sequence};to={string.Join(',', message.Recipients.Select(r => r.Address))}", client));
        }

        /// <summary>Stores the batch's new inbox rows (messages, their recipients and attachments) and held items, without change tracking.</summary>
        public async Task InsertAsync(DirectWriter direct, CancellationToken ct)
        {
            await direct.InsertMessagesAsync(_released, ct);
            await direct.InsertAsync([.. _held.Values], ct);
        }

        private async Task<HeldItem?> TakeHeldAsync(string from, Guid thread, long sequence, CancellationToken ct)
        {
            if (_anyHeld is null)
            {
                _anyHeld = await db.HeldItems.AnyAsync(ct);
            }
            if (_anyHeld == false)
            {
                return null;
            }
            // Held by this batch (not stored yet: simply not stored), or held earlier (tracked, and removed on save).
            if (_held.Remove((from, thread, sequence), out var own))
            {
                return own;
            }
            var held = db.HeldItems.Local.FirstOrDefault(h => h.FromNode == from && h.ThreadId == thread && h.Sequence == sequence)
                ?? await db.HeldItems.FirstOrDefaultAsync(h => h.FromNode == from && h.ThreadId == thread && h.Sequence == sequence, ct);
            if (held is not null)
            {
                db.HeldItems.Remove(held);
            }
            return held;
        }

        /// <summary>One query each for the batch: which messages are already here (and their receipts), and where their threads stand.</summary>
        public async Task PrefetchAsync(IReadOnlyList<JsonObject> items, CancellationToken ct)
        {
            var ids = new List<Guid>();
            var counters = new List<string>();
            foreach (var payload in items)
            {
                if ((string?)payload["to"] == node.NodeId && Guid.TryParse((string?)payload["id"], out var id)
                    && Guid.TryParse((string?)payload["thread"], out var thread) && payload["from"] is JsonValue from)
                {
                    ids.Add(id);
                    counters.Add(Counters.InboundThread((string)from!, thread));
                }
            }
            if (ids.Count == 0)
            {
                return;
            }
            foreach (var row in await db.Messages.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.ReceiptJws }).ToListAsync(ct))
            {
                _stored[row.Id] = row.ReceiptJws ?? "";
            }
            foreach (var row in await db.HeldItems.AsNoTracking().Where(h => ids.Contains(h.Id)).Select(h => new { h.Id, h.ReceiptJws }).ToListAsync(ct))
            {
                _stored[row.Id] = row.ReceiptJws;
            }
            var names = counters.Distinct(StringComparer.Ordinal).ToList();
            var values = await db.Set<SequenceCounter>().AsNoTracking().Where(c => names.Contains(c.Name)).ToDictionaryAsync(c => c.Name, c => c.Value, StringComparer.Ordinal, ct);
            foreach (var name in names)
            {
                _expected[name] = (values.TryGetValue(name, out var value) ? value : 0) + 1;
            }
        }

        private async Task<long> ExpectedAsync(string counter, CancellationToken ct)
        {
            if (!_expected.TryGetValue(counter, out var expected))
            {
                expected = await Counters.ReadAsync(db, counter, ct) + 1;
                _expected[counter] = expected;
            }
            return expected;
        }

        /// <summary>Stores the threads' new positions and numbers the released messages, before SaveChanges takes the audit lock.</summary>
        public async Task AssignPositionsAsync(CancellationToken ct)
        {
            await Counters.SetManyAsync(db, [.. _releasedThreads.Select(t => (t.Key, t.Value))], ct);
            if (_released.Count == 0)
            {
                return;
            }
            var last = await Counters.AdvanceAsync(db, Counters.Positions, _released.Count, ct);
            var position = last - _released.Count;
            foreach (var message in _released)
            {
                message.Position = ++position;
            }
        }

        /// <summary>Opens (if sealed) and checks the content, and makes the inbox row.</summary>
        private static Result<Message> ToMessage(FederationNode node, DateTimeOffset now, IReadOnlyDictionary<string, Organisation> organisations, MessageItem item, string compact)
        {
            JsonObject? contentJson = item.Content;
            if (item.Sealed is not null)
            {
                var opened = Jwe.Open(item.Sealed, node.NodeId, node.Keys);
                if (!opened.IsSuccess)
                {
                    return Result<Message>.Failure(opened.Errors);
                }
                contentJson = CanonicalJson.ParseCanonicalObject(opened.Value);
            }
            var parsed = MessageContent.FromJson(contentJson);
            if (!parsed.IsSuccess)
            {
                return Result<Message>.Failure(parsed.Errors);
            }
            var content = parsed.Value;
            if (!MessageNames.TryParseType(content.Type, out var type) || !MessageNames.TryParsePriority(content.Priority, out var priority)
                || !Handling.Handling.TryParse(content.Handling, out var handling) || string.IsNullOrWhiteSpace(content.Subject)
                || content.Subject.Length > SendMessage.MaxSubjectLength || content.Body.Length > SendMessage.MaxBodyLength
                || (content.Evaluation.Length > 0 && !Evaluation.Parse(content.Evaluation).IsSuccess) || content.Recipients.Count == 0)
            {
                return FederationErrors.InvalidContent("type, priority, handling, evaluation, subject, body or recipients");
            }
            if (!organisations.TryGetValue(content.FromOrganisation, out var sender) || NodeAddressing.HomeNode(sender) != item.From)
            {
                return FederationErrors.OrganisationNotOfSender();
            }
            var recipients = content.Recipients.Select(NodeAddressing.Normalise).Distinct(StringComparer.Ordinal).Select(address =>
                organisations.TryGetValue(address, out var organisation) && NodeAddressing.HomeNode(organisation) is { } home
                    ? new MessageRecipient { Address = address, Node = home, OrganisationId = organisation.Id }
                    : new MessageRecipient { Address = address, Node = address }).ToList();
            if (!recipients.Any(r => r.Node == node.NodeId))
            {
                return FederationErrors.InvalidContent("no recipient is served by this node");
            }
            var attachments = new List<MessageAttachment>();
            foreach (var (a, i) in content.Attachments.Select((a, i) => (a, i)))
            {
                if (a.Data.Length != a.Size || a.Size > node.Options.MaxAttachmentBytes
                    || !string.Equals(Convert.ToHexStringLower(SHA256.HashData(a.Data)), a.Sha256, StringComparison.Ordinal))
                {
                    return FederationErrors.InvalidContent("an attachment does not match its size or SHA-256");
                }
                attachments.Add(new MessageAttachment { Index = i, Name = a.Name, MediaType = a.MediaType, Size = a.Size, Sha256 = a.Sha256, Content = a.Data });
            }
            var message = new Message
            {
                Id = item.Id,
                ThreadId = item.Thread,
                InReplyTo = content.InReplyTo,
                CaseReference = content.CaseReference,
                Type = type,
                Priority = priority,
                HandlingCode = handling,
                HandlingConditions = content.HandlingConditions,
                Evaluation = content.Evaluation,
                Subject = content.Subject,
                Body = content.Body,
                Language = content.Language,
                Deadline = content.Deadline,
                FromNode = item.From,
                FromOrganisation = content.FromOrganisation,
                CreatedAt = item.Created,
                ReceivedAt = now,
                IsOutgoing = false,
                Sealed = item.Sealed is not null,
                InboundSequence = item.Sequence,
                ItemJws = compact,
                Recipients = recipients,
                Attachments = attachments,
            };
            message.SearchText = MessageAccess.SearchTextOf(message);
            return message;
        }

        private async Task<EnvelopeResult> ReceiveReceiptAsync(VerifiedJws verified, string client, CancellationToken ct)
        {
            var parsed = ReceiptItem.FromJson(verified.Payload);
            if (!parsed.IsSuccess || parsed.Value.Kind == ItemKinds.RelayReceipt)
            {
                return EnvelopeResult.Reject(parsed.IsSuccess ? FederationErrors.Malformed("relay receipts travel only in answers") : parsed.Errors[0]);
            }
            var receipt = parsed.Value;
            var delivery = await db.Deliveries.FirstOrDefaultAsync(d => d.MessageId == receipt.Of && d.Node == receipt.From && !d.Local, ct);
            var sent = await db.Outbox.AsNoTracking().Where(e => e.Kind == ItemKinds.Message && e.ItemId == receipt.Of && e.Destination == receipt.From && e.Origin == node.NodeId)
                .Select(e => e.ItemJws).FirstOrDefaultAsync(ct);
            if (delivery is null || sent is null || ReceiptItem.DigestOf(sent) != receipt.Digest)
            {
                return EnvelopeResult.Reject(FederationErrors.UnknownMessage());
            }
            if (receipt.Kind == ItemKinds.Receipt)
            {
                if (delivery.ReceiptJws is null)
                {
                    delivery.ReceiptJws = verified.Compact;
                    delivery.DeliveredAt = receipt.Time;
                    if (delivery.State < DeliveryState.Delivered)
                    {
                        delivery.State = DeliveryState.Delivered;
                    }
                    db.Audit(new AuditEvent(NodeActor(receipt.From), "message.delivered", "message:" + receipt.Of.ToString("D"), AuditEvent.Success, "receipt=" + receipt.Id.ToString("D"), client));
                }
            }
            else if (delivery.ReadReceiptJws is null)
            {
                delivery.ReadReceiptJws = verified.Compact;
                delivery.ReadAt = receipt.Time;
                delivery.State = DeliveryState.Read;
                db.Audit(new AuditEvent(NodeActor(receipt.From), "message.read-receipt", "message:" + receipt.Of.ToString("D"), AuditEvent.Success,
                    "by=" + FederationErrors.Clip(receipt.By), client));
            }
            return new EnvelopeResult(EnvelopeStatus.Accepted);
        }

        private static Actor NodeActor(string node) => new("node:" + node, "node:" + node, "");
    }
}
