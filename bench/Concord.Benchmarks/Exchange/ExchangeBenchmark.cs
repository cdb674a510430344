using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Concord.Core.Federation;

namespace Concord.Benchmarks.Exchange;

/// <summary>
/// Whole-run benchmark of secure exchange between two node processes (kz → cn) on this machine, over HTTP on
/// 127.0.0.1, each message signed (Ed25519), committed to SQLite on both sides, receipted (receipt signed by the
/// receiver, checked and stored by the sender). Every phase reports the CPU time the two nodes spent per message
/// (from /proc, independent of what else runs on the machine), the load average, and — with --fsyncs — the fsync calls.
/// 1. Drain: N messages queued at the sender while its route to the receiver is closed (the receiver keeps running,
///    warm), then the route opens; throughput from opening to the last receipt recorded at the sender.
/// 2. Latency: messages at a steady rate through POST /api/v1/messages, broken down by stage.
/// 3. End to end: N/2 messages through the API as fast as the clients go, until the last receipt.
/// 4. End to end, batch API: N messages through POST /api/v1/messages/batch (--api-batch per request, up to 4 clients),
///    until the last receipt.
/// </summary>
public static class ExchangeBenchmark
{
    private const string Body = "A bulletin of about two hundred bytes, like a short operational note exchanged between agencies: who, where, when, what was seen, and what is asked of the recipient.";

    public static async Task<int> RunAsync(string[] args)
    {
        var messages = Option(args, "--messages", 20_000);
        var clients = Option(args, "--clients", 16);
        var rate = Option(args, "--rate", 500);
        var seconds = Option(args, "--seconds", 20);
        var warmUp = Option(args, "--warmup", 4000);
        var fsyncs = args.Contains("--fsyncs");
        var keep = args.Contains("--keep");
        var apiBatch = Option(args, "--api-batch", 100);
        var phases = Text(args, "--phases", "drain,latency,flood,batch").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var directory = Path.Combine(Path.GetTempPath(), "concord-bench-" + Guid.NewGuid().ToString("N")[..8]);
        void Log(string line) => Console.WriteLine(line);
        const string mode = "POST /api/v1/messages, one message per request";
        Console.WriteLine($"exchange: kz → cn, {messages} messages, {clients} clients, {mode}; load average {LoadAverage.Now()}; {Environment.ProcessorCount} cores");
        try
        {
            await using var network = await ExchangeNetwork.CreateAsync(directory, ["kz", "cn"], Log);
            network.Configure(f => f["MaxBackoffMilliseconds"] = 200);
            network.ConfigureNodes(n => n["Logging"]!["LogLevel"]![Core.Federation.ExchangeTiming.Category] = "Debug");
            await network.StartAllAsync();
            var sender = network["kz"];
            var receiver = network["cn"];

            // Warm-up: every path the phases use (intake, delivery of large and small batches), so that
            // the measurement sees the JIT's optimised code and not the start of the process.
            var warm = Stopwatch.StartNew();
            await RunQueuedAsync(sender, receiver, warmUp / 2, clients, "warm-drain");
            await SendAndWaitAsync(sender, receiver, warmUp / 2, clients, "warm-single");
            Console.WriteLine($"warm-up: {warmUp} messages in {warm.Elapsed.TotalSeconds:F1} s");

            if (phases.Contains("drain"))
            {
                Console.WriteLine($"# 1. drain: {messages} messages queued at the sender while its route to the receiver is closed, then opened");
                var drain = await RunQueuedAsync(sender, receiver, messages, clients, "queued", fsyncs);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"API intake on the sender: {messages} messages in {drain.Intake.Wall.TotalSeconds:F1} s = {messages / drain.Intake.Wall.TotalSeconds:F0} msg/s ({clients} clients, {mode})"));
                Console.WriteLine(drain.Intake.Describe());
                var (first, last) = IntakeSpan(receiver, "queued");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"delivered and receipted {messages} in {drain.Delivery.Wall.TotalSeconds:F2} s from opening the route = {messages / drain.Delivery.Wall.TotalSeconds:F0} msg/s "
                    + $"(first to last intake: {(last - first).TotalSeconds:F2} s = {messages / (last - first).TotalSeconds:F0} msg/s)"));
                Console.WriteLine(drain.Delivery.Describe());
            }

            if (phases.Contains("latency"))
            {
                var steady = rate * seconds;
                Console.WriteLine($"# 2. latency: {steady} messages at a steady {rate} msg/s for {seconds} s, one POST /api/v1/messages each");
                var meter = new PhaseMeter(sender, receiver, fsyncs);
                var timings = new ConcurrentDictionary<Guid, ClientTiming>();
                var baseline = Received(receiver);
                await SubmitAsync(sender, steady, clients, "steady", rate, timings);
                await WaitDeliveredAsync(sender, receiver, baseline + steady);
                var cost = await meter.StopAsync(steady);
                Console.WriteLine(cost.Describe());
                Console.WriteLine(ExchangeStages.Describe(network, sender, receiver, "steady", timings));
            }

            if (phases.Contains("flood"))
            {
                var count = messages / 2;
                Console.WriteLine($"# 3. end to end: {count} messages through the API as fast as {clients} clients go ({mode})");
                var meter = new PhaseMeter(sender, receiver, fsyncs);
                var timings = new ConcurrentDictionary<Guid, ClientTiming>();
                var baseline = Received(receiver);
                await SubmitAsync(sender, count, clients, "flood", null, timings);
                await WaitDeliveredAsync(sender, receiver, baseline + count);
                var cost = await meter.StopAsync(count);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{count} messages sent, delivered and receipted in {cost.Wall.TotalSeconds:F1} s = {count / cost.Wall.TotalSeconds:F0} msg/s"));
                Console.WriteLine(cost.Describe());
                Console.WriteLine(ExchangeStages.Describe(network, sender, receiver, "flood", timings));
            }
            if (phases.Contains("batch"))
            {
                var count = messages;
                var batchClients = Math.Max(1, Math.Min(clients, 4));
                Console.WriteLine($"# 4. end to end, batch API: {count} messages through POST /api/v1/messages/batch, {apiBatch} per request, {batchClients} clients, until the last receipt");
                var meter = new PhaseMeter(sender, receiver, fsyncs);
                var timings = new ConcurrentDictionary<Guid, ClientTiming>();
                var baseline = Received(receiver);
                await SubmitBatchesAsync(sender, count, apiBatch, batchClients, "batch", timings);
                await WaitDeliveredAsync(sender, receiver, baseline + count);
                var cost = await meter.StopAsync(count);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{count} messages sent, delivered and receipted in {cost.Wall.TotalSeconds:F1} s = {count / cost.Wall.TotalSeconds:F0} msg/s"));
                Console.WriteLine(cost.Describe());
                Console.WriteLine(ExchangeStages.Describe(network, sender, receiver, "batch", timings));
            }
            return 0;
        }
        finally
        {
            if (keep)
            {
                Console.WriteLine("kept: " + directory);
            }
            else
            {
                try
                {
                    Directory.Delete(directory, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }

    private sealed record QueuedRun(PhaseCost Intake, PhaseCost Delivery);

    /// <summary>Closes the sender's route to the receiver, sends the messages, opens the route and waits for every receipt.</summary>
    private static async Task<QueuedRun> RunQueuedAsync(NodeProcess sender, NodeProcess receiver, int count, int clients, string label, bool fsyncs = false)
    {
        sender.SetPeerUrl(receiver.Id, new Uri("http://127.0.0.1:" + ClosedPort().ToString(CultureInfo.InvariantCulture)));
        // The node looks at its registry file every PeerRegistry.CheckInterval: let it see the closed route first.
        await Task.Delay(PeerRegistry.CheckInterval * 4);
        var baseline = Received(receiver);
        var intake = new PhaseMeter(sender, receiver, countSyncs: false);
        await SubmitAsync(sender, count, clients, label, null, null);
        var intakeCost = await intake.StopAsync(count);
        var delivery = new PhaseMeter(sender, receiver, fsyncs);
        sender.SetPeerUrl(receiver.Id, receiver.BaseAddress);
        await WaitDeliveredAsync(sender, receiver, baseline + count);
        return new QueuedRun(intakeCost, await delivery.StopAsync(count));
    }

    private static async Task SendAndWaitAsync(NodeProcess sender, NodeProcess receiver, int count, int clients, string label)
    {
        var baseline = Received(receiver);
        await SubmitAsync(sender, count, clients, label, null, null);
        await WaitDeliveredAsync(sender, receiver, baseline + count);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static JsonObject NewMessage(string label, int i) => new()
    {
        ["to"] = new JsonArray("cn"),
        ["type"] = "intelligence-bulletin",
        ["priority"] = "routine",
        ["handlingCode"] = "H1",
        ["subject"] = $"bench {label} {i.ToString(CultureInfo.InvariantCulture)}",
        ["body"] = Body,
        ["idempotencyKey"] = $"bench-{label}-{i.ToString(CultureInfo.InvariantCulture)}",
    };

    /// <summary>Sends <paramref name="count"/> messages with <paramref name="clients"/> concurrent clients, at a steady <paramref name="rate"/> when given.</summary>
    private static async Task SubmitAsync(NodeProcess sender, int count, int clients, string label, int? rate, ConcurrentDictionary<Guid, ClientTiming>? timings)
    {
        var watch = Stopwatch.StartNew();
        var next = -1;
        var tasks = Enumerable.Range(0, clients).Select(async _ =>
        {
            while (true)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= count)
                {
                    return;
                }
                if (rate is { } r)
                {
                    var wait = TimeSpan.FromSeconds((double)i / r) - watch.Elapsed;
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait);
                    }
                }
                var requested = DateTimeOffset.UtcNow;
                var (status, id) = await sender.TrySendAsync(NewMessage(label, i));
                if (id is not { } sent)
                {
                    throw new InvalidOperationException($"The sender refused a message: {status}");
                }
                timings?.TryAdd(sent, new ClientTiming(sent, requested, DateTimeOffset.UtcNow));
            }
        });
        await Task.WhenAll(tasks);
    }

    /// <summary>Sends <paramref name="count"/> messages in batch requests of <paramref name="size"/> from <paramref name="clients"/> concurrent clients.</summary>
    private static async Task SubmitBatchesAsync(NodeProcess sender, int count, int size, int clients, string label, ConcurrentDictionary<Guid, ClientTiming> timings)
    {
        var batches = (count + size - 1) / size;
        var next = -1;
        var tasks = Enumerable.Range(0, clients).Select(async _ =>
        {
            while (true)
            {
                var b = Interlocked.Increment(ref next);
                if (b >= batches)
                {
                    return;
                }
                var first = b * size;
                var body = Enumerable.Range(first, Math.Min(size, count - first)).Select(i => NewMessage(label, i)).ToList();
                var requested = DateTimeOffset.UtcNow;
                var (status, ids) = await sender.TrySendBatchAsync(body);
                if (ids is null)
                {
                    throw new InvalidOperationException($"The sender refused a batch: {status}");
                }
                var answered = DateTimeOffset.UtcNow;
                foreach (var id in ids)
                {
                    timings.TryAdd(id, new ClientTiming(id, requested, answered));
                }
            }
        });
        await Task.WhenAll(tasks);
    }

    private static long Received(NodeProcess receiver) => receiver.Scalar("SELECT COUNT(*) FROM Messages WHERE IsOutgoing = 0");

    private static async Task WaitDeliveredAsync(NodeProcess sender, NodeProcess receiver, long expected)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromMinutes(15))
        {
            // Cheap, indexed checks while waiting; the full check once they hold.
            if (sender.Scalar("SELECT COUNT(*) FROM Outbox WHERE State = 0") == 0 && Received(receiver) >= expected)
            {
                var undelivered = sender.Scalar("SELECT COUNT(*) FROM Deliveries WHERE State <> 'delivered'");
                if (undelivered != 0)
                {
                    throw new InvalidOperationException($"{undelivered} messages were sent but are not delivered (no valid receipt).");
                }
                return;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The messages were not all delivered within 15 minutes.");
    }

    /// <summary>First and last time the receiver took in a message with this label (its intake time, ReceivedAt).</summary>
    private static (DateTimeOffset First, DateTimeOffset Last) IntakeSpan(NodeProcess receiver, string label)
    {
        using var db = receiver.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT ReceivedAt FROM Messages WHERE IsOutgoing = 0 AND Subject LIKE $p";
        command.Parameters.AddWithValue("$p", "bench " + label + " %");
        using var reader = command.ExecuteReader();
        var times = new List<DateTimeOffset>();
        while (reader.Read())
        {
            times.Add(DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture));
        }
        return (times.Min(), times.Max());
    }

    internal static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }

    private static string Text(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
