using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concord.Core.Federation;

namespace Concord.Benchmarks.Exchange;

/// <summary>Settings of a fault run: how many messages, how many kill -9 cycles, how long at most.</summary>
public sealed record ChaosOptions(int Messages = 10_000, int Cycles = 20, int ThreadsPerSender = 50, int ClientsPerSender = 8, TimeSpan? Limit = null, int? Seed = null)
{
    public TimeSpan TimeLimit => Limit ?? TimeSpan.FromMinutes(30);
}

/// <summary>What a fault run found; <see cref="Problems"/> is empty when every check held.</summary>
public sealed record ChaosReport(int Messages, int Kills, int ReceiverKills, int SenderKills, TimeSpan Duration, IReadOnlyList<string> Problems, IReadOnlyList<string> Facts)
{
    public bool Passed => Problems.Count == 0;
}

/// <summary>
/// The fault test: two senders (kz, ru) send to one receiver (cn) through the API, in many threads, while the receiver
/// and a sender are killed with SIGKILL at random moments and restarted. Then it checks, from the three databases, that
/// every message arrived exactly once, in thread order, with a valid signed receipt at its sender; and that a tampered
/// envelope, an envelope from an unknown peer and a replayed envelope are rejected and audited.
/// </summary>
public sealed class ChaosRun(ChaosOptions options, Action<string> log)
{
    private static readonly string[] Senders = ["kz", "ru"];
    private const string Receiver = "cn";

    public async Task<ChaosReport> RunAsync(string directory)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(options.Seed ?? Environment.TickCount);
        var problems = new List<string>();
        var facts = new List<string>();
        await using var network = await ExchangeNetwork.CreateAsync(directory, [Receiver, .. Senders], log);
        // Retry a dead peer at least every 2 s, so that a restarted receiver is found again quickly.
        network.Configure(federation => federation["MaxBackoffMilliseconds"] = 2000);
        await network.StartAllAsync();
        log($"nodes up after {watch.Elapsed.TotalSeconds:F1} s");

        using var deadline = new CancellationTokenSource(options.TimeLimit);
        var perSender = options.Messages / Senders.Length;
        var submitted = new ConcurrentDictionary<string, (Guid Id, int Thread, int Index)>(StringComparer.Ordinal);
        var submitting = Senders.Select(s => SubmitAsync(network[s], perSender, submitted, deadline.Token)).ToList();
        var allSubmitted = Task.WhenAll(submitting);

        // The faults: kill -9 the receiver or a sender at random moments, restart after a short pause.
        int kills = 0, receiverKills = 0, senderKills = 0;
        var delivered = false;
        while (!deadline.IsCancellationRequested && (kills < options.Cycles || !allSubmitted.IsCompleted || !delivered))
        {
            if (kills < options.Cycles)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(300, 2500)), CancellationToken.None);
                // Half of the kills hit the receiver, the rest a sender.
                var victim = random.Next(2) == 0 ? Receiver : Senders[random.Next(Senders.Length)];
                var node = network[victim];
                var pause = TimeSpan.FromMilliseconds(random.Next(100, 1500));
                log($"kill -9 {victim} (pid {node.ProcessId}) at {watch.Elapsed.TotalSeconds:F1} s; restart after {pause.TotalMilliseconds:F0} ms [{submitted.Count} submitted, {Received(network)} received]");
                await node.RestartAsync(pause);
                kills++;
                if (victim == Receiver)
                {
                    receiverKills++;
                }
                else
                {
                    senderKills++;
                }
            }
            else
            {
                await Task.Delay(500, CancellationToken.None);
            }
            if (allSubmitted.IsCompleted)
            {
                delivered = Senders.All(s => network[s].Scalar("SELECT COUNT(*) FROM Deliveries WHERE State <> 'delivered'") == 0)
                    && Received(network) >= submitted.Count;
            }
        }
        if (!allSubmitted.IsCompleted)
        {
            problems.Add($"submission did not finish within {options.TimeLimit}");
        }
        else
        {
            await allSubmitted;
        }
        facts.Add($"{submitted.Count} messages submitted by {Senders.Length} senders in {options.ThreadsPerSender} threads each; {kills} kill -9 cycles ({receiverKills} receiver, {senderKills} sender)");
        facts.Add($"all delivered after {watch.Elapsed.TotalSeconds:F1} s");

        await RejectionChecksAsync(network, problems, facts);

        foreach (var node in network.Nodes)
        {
            await node.StopAsync();
        }
        Verify(network, submitted, problems, facts);
        var (auditCode, auditOutput) = await ExchangeNetwork.RunAsync("dotnet",
            $"\"{network.CliDll}\" audit verify --Storage:Provider=sqlite --Storage:DataDirectory=\"{Path.Combine(network[Receiver].Directory, "data")}\"", TimeSpan.FromMinutes(2));
        if (auditCode != 0)
        {
            problems.Add("the receiver's audit chain does not verify: " + auditOutput.Trim());
        }
        else
        {
            facts.Add("receiver audit log " + auditOutput.Trim());
        }
        return new ChaosReport(submitted.Count, kills, receiverKills, senderKills, watch.Elapsed, problems, facts);
    }

    private static long Received(ExchangeNetwork network)
    {
        try
        {
            return network[Receiver].Scalar("SELECT COUNT(*) FROM Messages WHERE IsOutgoing = 0");
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return -1;
        }
    }

    /// <summary>
    /// One sender: clients work through threads; each message after the first in a thread replies to the one before, so
    /// the thread order is the submission order. A request that fails (node down) is repeated with the same
    /// idempotency key until it is answered, so a message is never created twice and never skipped.
    /// </summary>
    private async Task SubmitAsync(NodeProcess sender, int count, ConcurrentDictionary<string, (Guid, int, int)> submitted, CancellationToken ct)
    {
        var threads = options.ThreadsPerSender;
        var perThread = Enumerable.Range(0, threads).Select(t => Enumerable.Range(0, count).Count(k => k % threads == t)).ToArray();
        var next = 0;
        var clients = Enumerable.Range(0, options.ClientsPerSender).Select(async _ =>
        {
            while (!ct.IsCancellationRequested)
            {
                var thread = Interlocked.Increment(ref next) - 1;
                if (thread >= threads)
                {
                    return;
                }
                Guid? previous = null;
                for (var index = 1; index <= perThread[thread]; index++)
                {
                    var key = $"chaos-{sender.Id}-t{thread}-{index}";
                    var body = new JsonObject
                    {
                        ["to"] = new JsonArray(Receiver),
                        ["type"] = index == 1 ? "information-request" : "reply",
                        ["priority"] = index % 7 == 0 ? "urgent" : "routine",
                        ["handlingCode"] = "H2",
                        ["subject"] = $"chaos {sender.Id} t{thread} #{index}",
                        ["body"] = $"Message {index} of thread {thread} from {sender.Id}.",
                        ["idempotencyKey"] = key,
                        ["inReplyTo"] = previous?.ToString("D"),
                    };
                    Guid? id = null;
                    while (id is null && !ct.IsCancellationRequested)
                    {
                        var (status, answer) = await sender.TrySendAsync(body);
                        id = answer;
                        if (id is null)
                        {
                            if (status is not null && status != HttpStatusCode.InternalServerError && status != HttpStatusCode.ServiceUnavailable)
                            {
                                throw new InvalidOperationException($"{sender.Id} refused a message: HTTP {(int)status}");
                            }
                            await Task.Delay(200, CancellationToken.None);
                        }
                    }
                    if (id is { } sent)
                    {
                        submitted[$"{sender.Id}|{thread}|{index}"] = (sent, thread, index);
                        previous = sent;
                    }
                }
            }
        });
        await Task.WhenAll(clients);
    }

    /// <summary>Sends crafted envelopes to the receiver: tampered, from an unknown peer, and replayed. Each must be rejected and audited.</summary>
    private async Task RejectionChecksAsync(ExchangeNetwork network, List<string> problems, List<string> facts)
    {
        var receiver = network[Receiver];
        var sender = network[Senders[0]];
        using var keys = NodeKeys.Load(Path.Combine(sender.Directory, "node-keys.jwk.json"));
        using var stranger = NodeKeys.Generate();
        var genuine = Envelope(sender.Id, keys, Receiver, "genuine, replayed");
        var tampered = Tamper(Envelope(sender.Id, keys, Receiver, "tampered"));
        var unknown = Envelope("xx", stranger, Receiver, "unknown peer");
        using var http = new HttpClient { BaseAddress = receiver.BaseAddress };
        async Task<(string Status, string? Code)> PostAsync(string envelope)
        {
            using var response = await http.PostAsJsonAsync("federation/v1/envelopes", new { envelopes = new[] { envelope } });
            var answer = await response.Content.ReadFromJsonAsync<JsonObject>();
            var first = answer?["results"]?[0];
            return ((string?)first?["status"] ?? "?", (string?)first?["code"]);
        }
        var first = await PostAsync(genuine);
        var replay = await PostAsync(genuine);
        var altered = await PostAsync(tampered);
        var foreign = await PostAsync(unknown);
        Expect(first, "accepted", null, "a genuine crafted envelope");
        Expect(replay, "rejected", "replayed-envelope", "the same envelope sent again");
        Expect(altered, "rejected", "bad-signature", "an envelope with an altered payload");
        Expect(foreign, "rejected", "unknown-peer", "an envelope signed by a node not in the registry");
        void Expect((string Status, string? Code) got, string status, string? code, string what)
        {
            if (got.Status != status || got.Code != code)
            {
                problems.Add($"{what}: expected {status} {code}, got {got.Status} {got.Code}");
            }
            else
            {
                facts.Add($"{what}: {status}{(code is null ? "" : " (" + code + ")")}");
            }
        }
        foreach (var code in new[] { "replayed-envelope", "bad-signature", "unknown-peer" })
        {
            var audited = receiver.Scalar($"SELECT COUNT(*) FROM AuditEntries WHERE Action = 'federation.reject' AND Outcome = 'denied:{code}'");
            if (audited < 1)
            {
                problems.Add($"the rejection {code} is not in the receiver's audit log");
            }
        }
    }

    /// <summary>A valid message envelope made outside the node software, with the node's key file.</summary>
    public static string Envelope(string from, NodeKeys keys, string to, string subject)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var organisation = from switch { "kz" => "kz-knb", "ru" => "ru-fsb", _ => from + "-agency" };
        var content = new MessageContent("free-text", "routine", "H0", "", "", subject, "crafted", "en", "", null, null, organisation, [Receiver], []);
        var id = Guid.NewGuid();
        var item = Jws.Sign(from, keys, ItemKinds.ItemType, new MessageItem(id, from, to, id, 1, DateTimeOffset.UtcNow, content.ToJson(), null).ToJson());
        return Jws.Sign(from, keys, ItemKinds.EnvelopeType, new JsonObject
        {
            ["v"] = 1,
            ["iss"] = from,
            ["aud"] = to,
            ["iat"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["kind"] = ItemKinds.Message,
            ["item"] = item,
        });
    }

    /// <summary>Changes one character in the middle of the payload (still base64url, so only the signature can tell).</summary>
    public static string Tamper(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        var parts = compact.Split('.');
        var payload = parts[1].ToCharArray();
        var i = payload.Length / 2;
        payload[i] = payload[i] == 'A' ? 'B' : 'A';
        return parts[0] + "." + new string(payload) + "." + parts[2];
    }

    private static void Verify(ExchangeNetwork network, ConcurrentDictionary<string, (Guid Id, int Thread, int Index)> submitted, List<string> problems, List<string> facts)
    {
        var receiver = network[Receiver];
        var peers = PeerSet.Parse(File.ReadAllText(Path.Combine(receiver.Directory, "peers.json")));
        var expected = submitted.Values.ToDictionary(v => v.Id);
        using var db = receiver.OpenDatabase();
        var rows = new List<(Guid Id, string From, Guid Thread, long Seq, long Position, string Subject)>();
        using (var command = db.CreateCommand())
        {
            command.CommandText = "SELECT Id, FromNode, ThreadId, InboundSequence, Position, Subject FROM Messages WHERE IsOutgoing = 0 AND Subject LIKE 'chaos %'";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetGuid(0), reader.GetString(1), reader.GetGuid(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetString(5)));
            }
        }
        var missing = expected.Keys.Except(rows.Select(r => r.Id)).Count();
        var unexpected = rows.Select(r => r.Id).Except(expected.Keys).Count();
        var duplicateSubjects = rows.GroupBy(r => r.Subject, StringComparer.Ordinal).Count(g => g.Count() > 1);
        if (missing > 0 || unexpected > 0 || duplicateSubjects > 0 || rows.Count != expected.Count)
        {
            problems.Add($"exactly-once violated: {rows.Count} received for {expected.Count} sent; {missing} missing, {unexpected} unexpected, {duplicateSubjects} subjects twice");
        }
        else
        {
            facts.Add($"exactly once: {rows.Count} of {expected.Count} messages received, each once");
        }
        var held = receiver.Scalar("SELECT COUNT(*) FROM HeldItems");
        if (held != 0)
        {
            problems.Add($"{held} messages still held waiting for a gap to fill");
        }
        var outOfOrder = 0;
        foreach (var thread in rows.GroupBy(r => (r.From, r.Thread)))
        {
            var ordered = thread.OrderBy(r => r.Position).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var index = int.Parse(ordered[i].Subject[(ordered[i].Subject.LastIndexOf('#') + 1)..], CultureInfo.InvariantCulture);
                if (ordered[i].Seq != i + 1 || index != i + 1)
                {
                    outOfOrder++;
                    break;
                }
            }
        }
        if (outOfOrder > 0)
        {
            problems.Add($"{outOfOrder} threads were not taken in, in thread order");
        }
        else
        {
            facts.Add($"thread order: {rows.GroupBy(r => (r.From, r.Thread)).Count()} threads, each released in sequence 1..n in submission order");
        }

        var receipts = 0;
        foreach (var name in Senders)
        {
            var sender = network[name];
            using var sdb = sender.OpenDatabase();
            using var command = sdb.CreateCommand();
            command.CommandText = """
                SELECT d.MessageId, d.State, d.ReceiptJws, o.ItemJws, (SELECT COUNT(*) FROM Messages WHERE IsOutgoing = 1 AND Subject LIKE 'chaos %')
                FROM Deliveries d JOIN Outbox o ON o.ItemId = d.MessageId AND o.Destination = d.Node AND o.Kind = 'message'
                WHERE d.Node = 'cn'
                """;
            using var reader = command.ExecuteReader();
            var count = 0;
            var sent = 0L;
            while (reader.Read())
            {
                count++;
                sent = reader.GetInt64(4);
                var id = reader.GetGuid(0);
                var receipt = reader.IsDBNull(2) ? null : reader.GetString(2);
                var verified = Jws.Verify(receipt, ItemKinds.ItemType, (node, thumbprint) => peers.Find(node)?.SigningKey(thumbprint));
                var parsed = verified.IsSuccess ? ReceiptItem.FromJson(verified.Value.Payload) : default;
                if (reader.GetString(1) != "delivered" || !verified.IsSuccess || verified.Value.Signer != Receiver || !parsed.IsSuccess
                    || parsed.Value.Of != id || parsed.Value.To != name || parsed.Value.Digest != ReceiptItem.DigestOf(reader.GetString(3)))
                {
                    problems.Add($"{name}: message {id} has no valid receipt from {Receiver} (state {reader.GetString(1)})");
                    continue;
                }
                receipts++;
            }
            var expectedFromSender = submitted.Keys.Count(k => k.StartsWith(name + "|", StringComparison.Ordinal));
            if (sent != count || sent != expectedFromSender)
            {
                problems.Add($"{name}: {sent} outgoing messages and {count} deliveries to cn for {expectedFromSender} submitted (idempotency)");
            }
        }
        facts.Add($"receipts: {receipts} valid delivery receipts signed by {Receiver} (Ed25519, digest of the exact item sent)");
    }
}
