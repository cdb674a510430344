using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Concord.Benchmarks.Exchange;

/// <summary>What the client saw of one message: when it asked, when the 202 came, the id.</summary>
public sealed record ClientTiming(Guid Id, DateTimeOffset Requested, DateTimeOffset Accepted);

/// <summary>
/// Where a message waits on its way, from the nodes' timing log lines (category Concord.Timing, see
/// Concord.Core.Federation.ExchangeTiming) joined with the sender's database: the group commit at the sender (by
/// listing position), the delivery batch that carried it (by outbox id), the intake batch at the receiver (by batch id).
/// </summary>
public static partial class ExchangeStages
{
    private sealed record Commit(long First, long Last, long Started, long Committed);

    private sealed record Deliver(string BatchId, long First, long Last, long Picked, long Posted, long Answered, long Committed);

    private sealed record Intake(string BatchId, long Started, long Committed);

    [GeneratedRegex(@"timing commit n=(\d+) positions=(\d+)-(\d+) started=(\d+) committed=(\d+)")]
    private static partial Regex CommitLine();

    [GeneratedRegex(@"timing deliver peer=(\S+) batch=(\S+) n=(\d+) outbox=(\d+)-(\d+) picked=(\d+) posted=(\d+) answered=(\d+) committed=(\d+)")]
    private static partial Regex DeliverLine();

    [GeneratedRegex(@"timing intake peer=(\S+) batch=(\S+) n=(\d+) started=(\d+) committed=(\d+)")]
    private static partial Regex IntakeLine();

    private static long L(Match m, int group) => long.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>The stage table for the messages with the given subject label, or a note why it cannot be made.</summary>
    public static string Describe(ExchangeNetwork network, NodeProcess sender, NodeProcess receiver, string label, IReadOnlyDictionary<Guid, ClientTiming> client)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(client);
        var commits = new List<Commit>();
        var delivers = new List<Deliver>();
        foreach (var line in ReadLog(network, sender.Id))
        {
            if (CommitLine().Match(line) is { Success: true } c)
            {
                commits.Add(new Commit(L(c, 2), L(c, 3), L(c, 4), L(c, 5)));
            }
            else if (DeliverLine().Match(line) is { Success: true } d)
            {
                delivers.Add(new Deliver(d.Groups[2].Value, L(d, 4), L(d, 5), L(d, 6), L(d, 7), L(d, 8), L(d, 9)));
            }
        }
        var intakes = new Dictionary<string, Intake>(StringComparer.Ordinal);
        foreach (var line in ReadLog(network, receiver.Id))
        {
            if (IntakeLine().Match(line) is { Success: true } i)
            {
                intakes[i.Groups[2].Value] = new Intake(i.Groups[2].Value, L(i, 4), L(i, 5));
            }
        }
        if (commits.Count == 0 || delivers.Count == 0 || intakes.Count == 0)
        {
            return "  (no timing lines in the node logs: stage breakdown unavailable)";
        }
        commits.Sort((a, b) => a.First.CompareTo(b.First));

        var stages = new (string Name, List<double> Values)[]
        {
            ("API request → 202 at the client", []),
            ("  of which: request built → group commit done", []),
            ("sender commit → outbox pick-up", []),
            ("pick-up → request sent (envelopes signed)", []),
            ("request sent → intake started at the receiver", []),
            ("intake started → committed at the receiver", []),
            ("receiver commit → answer at the sender", []),
            ("answer → receipts committed at the sender", []),
            ("DELIVERY: sender commit → receiver commit", []),
            ("API request → receiver commit", []),
            ("sender commit → receipt committed at the sender", []),
        };
        var unmatched = 0;
        using var db = sender.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = """
            SELECT m.Id, m.Position, m.CreatedAt, o.Id FROM Messages m JOIN Outbox o ON o.ItemId = m.Id AND o.Kind = 'message'
            WHERE m.IsOutgoing = 1 AND m.Subject LIKE $p
            """;
        command.Parameters.AddWithValue("$p", "bench " + label + " %");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetGuid(0);
            var position = reader.GetInt64(1);
            var created = DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
            var outbox = reader.GetInt64(3);
            var commit = FindCommit(commits, position);
            var deliver = delivers.LastOrDefault(d => d.First <= outbox && outbox <= d.Last);
            if (commit is null || deliver is null || !intakes.TryGetValue(deliver.BatchId, out var intake) || !client.TryGetValue(id, out var seen))
            {
                unmatched++;
                continue;
            }
            var requested = seen.Requested.ToUnixTimeMilliseconds();
            stages[0].Values.Add((seen.Accepted - seen.Requested).TotalMilliseconds);
            stages[1].Values.Add(commit.Committed - created);
            stages[2].Values.Add(deliver.Picked - commit.Committed);
            stages[3].Values.Add(deliver.Posted - deliver.Picked);
            stages[4].Values.Add(intake.Started - deliver.Posted);
            stages[5].Values.Add(intake.Committed - intake.Started);
            stages[6].Values.Add(deliver.Answered - intake.Committed);
            stages[7].Values.Add(deliver.Committed - deliver.Answered);
            stages[8].Values.Add(intake.Committed - commit.Committed);
            stages[9].Values.Add(intake.Committed - requested);
            stages[10].Values.Add(deliver.Committed - commit.Committed);
        }
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"  {"stage (ms)",-52} {"p50",8} {"p90",8} {"p99",8} {"max",8}");
        foreach (var (name, values) in stages)
        {
            values.Sort();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {name,-52} {Percentile(values, 0.50),8:F1} {Percentile(values, 0.90),8:F1} {Percentile(values, 0.99),8:F1} {(values.Count == 0 ? double.NaN : values[^1]),8:F1}");
        }
        text.Append(CultureInfo.InvariantCulture, $"  ({stages[0].Values.Count} messages; {unmatched} not matched to timing lines)");
        return text.ToString();
    }

    private static Commit? FindCommit(List<Commit> commits, long position)
    {
        int lo = 0, hi = commits.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var c = commits[mid];
            if (position < c.First)
            {
                hi = mid - 1;
            }
            else if (position > c.Last)
            {
                lo = mid + 1;
            }
            else
            {
                return c;
            }
        }
        return null;
    }

    private static List<string> ReadLog(ExchangeNetwork network, string node)
    {
        var file = Path.Combine(network.Directory, node + ".log");
        if (!File.Exists(file))
        {
            return [];
        }
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Contains("timing ", StringComparison.Ordinal))
            {
                lines.Add(line);
            }
        }
        return lines;
    }

    public static double Percentile(List<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1))];
    }
}
