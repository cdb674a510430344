using System.Globalization;

namespace Concord.Benchmarks.Exchange;

/// <summary>`chaos`: the long fault run of scripts/chaos-exchange.sh. Exit 0 when every check held.</summary>
public static class ChaosCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new ChaosOptions(
            Messages: ExchangeBenchmark.Option(args, "--messages", 10_000),
            Cycles: ExchangeBenchmark.Option(args, "--cycles", 20),
            ThreadsPerSender: ExchangeBenchmark.Option(args, "--threads", 50),
            ClientsPerSender: ExchangeBenchmark.Option(args, "--clients", 8),
            Limit: TimeSpan.FromMinutes(ExchangeBenchmark.Option(args, "--minutes", 30)),
            Seed: ExchangeBenchmark.Option(args, "--seed", -1) is var s and >= 0 ? s : null);
        var directory = Path.Combine(Path.GetTempPath(), "concord-chaos-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        Console.WriteLine($"chaos: {options.Messages} messages, {options.Cycles} kill -9 cycles, limit {options.TimeLimit}, in {directory}");
        var report = await new ChaosRun(options, line => Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {line}")).RunAsync(directory);
        foreach (var fact in report.Facts)
        {
            Console.WriteLine("ok: " + fact);
        }
        foreach (var problem in report.Problems)
        {
            Console.WriteLine("PROBLEM: " + problem);
        }
        Console.WriteLine(report.Passed
            ? $"PASSED: {report.Messages} messages, {report.Kills} kills ({report.ReceiverKills} receiver, {report.SenderKills} sender), {report.Duration.TotalSeconds:F0} s"
            : $"FAILED: {report.Problems.Count} problem(s); node logs in {directory}");
        if (report.Passed)
        {
            Directory.Delete(directory, recursive: true);
        }
        return report.Passed ? 0 : 1;
    }
}
