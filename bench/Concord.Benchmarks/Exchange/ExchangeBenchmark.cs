using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Concord.Benchmarks.Exchange;

/// <summary>
/// Whole-run benchmark of secure exchange between two node processes (kz → cn) on this machine, over HTTP on
/// 127.0.0.1, each message signed (Ed25519, item and envelope), committed to SQLite on both sides, receipted.
/// 1. Delivery throughput: messages queued in the sender's outbox while the receiver is down, then delivered.
/// 2. Latency: messages sent at a steady rate; latency = receiver's intake time − sender's acceptance time.
/// 3. End to end: messages sent through the API as fast as the clients go, until the last receipt.
/// </summary>
public static class ExchangeBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var messages = Option(args, "--messages", 20_000);
        var clients = Option(args, "--clients", 16);
        var rate = Option(args, "--rate", 500);
        var seconds = Option(args, "--seconds", 20);
        var directory = Path.Combine(Path.GetTempPath(), "concord-bench-" + Guid.NewGuid().ToString("N")[..8]);
        void Log(string line) => Console.WriteLine(line);
        try
        {
            await using var network = await ExchangeNetwork.CreateAsync(directory, ["kz", "cn"], Log);
            network.Configure(f => f["MaxBackoffMilliseconds"] = 500);
            await network.StartAllAsync();
            var sender = network["kz"];
            var receiver = network["cn"];
            await WarmUpAsync(sender, receiver);

            Console.WriteLine($"# 1. delivery throughput: {messages} messages queued while the receiver is down");
            await receiver.StopAsync();
            var baseline = receiver.Scalar("SELECT COUNT(*) FROM Messages WHERE IsOutgoing = 0");
            var ingest = await SubmitAsync(sender, messages, clients, "queued", rate: null);
            Console.WriteLine($"API intake on the sender: {messages} messages in {ingest.TotalSeconds:F1} s = {messages / ingest.TotalSeconds:F0} msg/s ({clients} clients)");
            receiver.Start();
            await receiver.WaitHealthyAsync(TimeSpan.FromMinutes(2));
            await WaitDeliveredAsync(sender, receiver, baseline + messages);
            var (first, last) = Span(receiver, "queued");
            var drain = (last - first).TotalSeconds;
            Console.WriteLine($"delivered {messages} in {drain:F2} s (first to last intake) = {messages / drain:F0} msg/s signed, durable, receipted");

            Console.WriteLine($"# 2. latency at a steady {rate} msg/s for {seconds} s");
            var steady = rate * seconds;
            baseline = receiver.Scalar("SELECT COUNT(*) FROM Messages WHERE IsOutgoing = 0");
            await SubmitAsync(sender, steady, clients, "steady", rate);
            await WaitDeliveredAsync(sender, receiver, baseline + steady);
            var latencies = Latencies(receiver, "steady");
            Console.WriteLine($"latency over {latencies.Count} messages: p50 {Percentile(latencies, 0.50):F1} ms, p90 {Percentile(latencies, 0.90):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms, max {latencies[^1]:F1} ms");

            Console.WriteLine($"# 3. end to end: {messages / 2} messages through the API as fast as {clients} clients go");
            baseline = receiver.Scalar("SELECT COUNT(*) FROM Messages WHERE IsOutgoing = 0");
            var watch = Stopwatch.StartNew();
            await SubmitAsync(sender, messages / 2, clients, "flood", rate: null);
            await WaitDeliveredAsync(sender, receiver, baseline + (messages / 2));
            watch.Stop();
            var flood = Latencies(receiver, "flood");
            Console.WriteLine($"{messages / 2} messages sent and received in {watch.Elapsed.TotalSeconds:F1} s = {messages / 2 / watch.Elapsed.TotalSeconds:F0} msg/s; "
                + $"latency p50 {Percentile(flood, 0.50):F1} ms, p99 {Percentile(flood, 0.99):F1} ms");
            return 0;
        }
        finally
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

    private static async Task WarmUpAsync(NodeProcess sender, NodeProcess receiver)
    {
        var baseline = receiver.Scalar("SELECT COUNT(*) FROM Messages WHERE IsOutgoing = 0");
        await SubmitAsync(sender, 500, 8, "warm-up", rate: null);
        await WaitDeliveredAsync(sender, receiver, baseline + 500);
    }

    private static async Task<TimeSpan> SubmitAsync(NodeProcess sender, int count, int clients, string label, int? rate)
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
                    var due = TimeSpan.FromSeconds((double)i / r);
                    var wait = due - watch.Elapsed;
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait);
                    }
                }
                var body = new JsonObject
                {
                    ["to"] = new JsonArray("cn"),
                    ["type"] = "intelligence-bulletin",
                    ["priority"] = "routine",
                    ["handlingCode"] = "H1",
                    ["subject"] = $"bench {label} {i.ToString(CultureInfo.InvariantCulture)}",
                    ["body"] = "A bulletin of about two hundred bytes, like a short operational note exchanged between agencies: who, where, when, what was seen, and what is asked of the recipient.",
                    ["idempotencyKey"] = $"bench-{label}-{i.ToString(CultureInfo.InvariantCulture)}",
                };
                var (status, id) = await sender.TrySendAsync(body);
                if (id is null)
                {
                    throw new InvalidOperationException($"The sender refused a message: {status}");
                }
            }
        });
        await Task.WhenAll(tasks);
        return watch.Elapsed;
    }

    private static async Task WaitDeliveredAsync(NodeProcess sender, NodeProcess receiver, long expected)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromMinutes(10))
        {
            if (receiver.Scalar("SELECT COUNT(*) FROM Messages WHERE IsOutgoing = 0") >= expected
                && sender.Scalar("SELECT COUNT(*) FROM Deliveries WHERE State <> 'delivered'") == 0)
            {
                return;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("The messages were not all delivered within 10 minutes.");
    }

    private static (DateTimeOffset First, DateTimeOffset Last) Span(NodeProcess receiver, string label)
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

    private static List<double> Latencies(NodeProcess receiver, string label)
    {
        using var db = receiver.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT CreatedAt, ReceivedAt FROM Messages WHERE IsOutgoing = 0 AND Subject LIKE $p";
        command.Parameters.AddWithValue("$p", "bench " + label + " %");
        using var reader = command.ExecuteReader();
        var latencies = new List<double>();
        while (reader.Read())
        {
            var created = DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture);
            var received = DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture);
            latencies.Add((received - created).TotalMilliseconds);
        }
        latencies.Sort();
        return latencies;
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    internal static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }
}
