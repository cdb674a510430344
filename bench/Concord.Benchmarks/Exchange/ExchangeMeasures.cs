using System.Diagnostics;
using System.Globalization;

namespace Concord.Benchmarks.Exchange;

/// <summary>CPU time of a process from /proc/&lt;pid&gt;/stat (Linux): user + system, in clock ticks of 1/100 s.</summary>
public static class ProcessCpu
{
    public static TimeSpan Of(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return TimeSpan.Zero;
        }
    }

    public static TimeSpan Self => Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>CPU time the node process has used so far; zero when it is not running.</summary>
    public static TimeSpan Of(NodeProcess node) => node.ProcessId is { } pid ? Of(pid) : TimeSpan.Zero;
}

/// <summary>The machine's load average (1, 5, 15 minutes) from /proc/loadavg.</summary>
public static class LoadAverage
{
    public static string Now()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"{parts[0]} {parts[1]} {parts[2]}";
        }
        catch (IOException)
        {
            return "?";
        }
    }
}

/// <summary>
/// Counts fsync and fdatasync calls of some processes while it runs, with `perf stat` on the syscall tracepoints
/// (needs perf and the permission to trace; <see cref="TryStart"/> returns null otherwise).
/// </summary>
public sealed class SyncCounter : IDisposable
{
    private readonly Process _perf;
    private readonly Task<string> _output;

    private SyncCounter(Process perf)
    {
        _perf = perf;
        _output = perf.StandardError.ReadToEndAsync();
    }

    public static SyncCounter? TryStart(IEnumerable<int> pids)
    {
        var list = string.Join(',', pids.Select(p => p.ToString(CultureInfo.InvariantCulture)));
        try
        {
            var perf = Process.Start(new ProcessStartInfo("perf", $"stat -x , -e syscalls:sys_enter_fsync,syscalls:sys_enter_fdatasync -p {list}")
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            });
            return perf is null ? null : new SyncCounter(perf);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Stops counting (SIGINT) and returns fsync + fdatasync calls, or null when perf could not count them.</summary>
    public async Task<long?> StopAsync()
    {
        if (!_perf.HasExited)
        {
            using var kill = Process.Start(new ProcessStartInfo("kill", "-INT " + _perf.Id.ToString(CultureInfo.InvariantCulture)) { UseShellExecute = false });
            await (kill?.WaitForExitAsync() ?? Task.CompletedTask);
        }
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _perf.WaitForExitAsync(cts.Token);
        var text = await _output;
        long total = 0;
        var any = false;
        foreach (var line in text.Split('\n'))
        {
            var fields = line.Split(',');
            if (fields.Length > 2 && fields[2].StartsWith("syscalls:sys_enter_f", StringComparison.Ordinal)
                && long.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
            {
                total += count;
                any = true;
            }
        }
        return any ? total : null;
    }

    public void Dispose() => _perf.Dispose();
}

/// <summary>CPU and sync calls of the two nodes and of the benchmark's own clients over one phase.</summary>
public sealed class PhaseMeter
{
    private readonly NodeProcess _sender;
    private readonly NodeProcess _receiver;
    private readonly TimeSpan _senderCpu;
    private readonly TimeSpan _receiverCpu;
    private readonly TimeSpan _selfCpu;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly SyncCounter? _syncs;

    public PhaseMeter(NodeProcess sender, NodeProcess receiver, bool countSyncs)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(receiver);
        _sender = sender;
        _receiver = receiver;
        LoadAtStart = LoadAverage.Now();
        _senderCpu = ProcessCpu.Of(sender);
        _receiverCpu = ProcessCpu.Of(receiver);
        _selfCpu = ProcessCpu.Self;
        _syncs = countSyncs ? SyncCounter.TryStart([sender.ProcessId ?? 0, receiver.ProcessId ?? 0]) : null;
    }

    public string LoadAtStart { get; }

    public async Task<PhaseCost> StopAsync(int messages)
    {
        var wall = _watch.Elapsed;
        var sender = ProcessCpu.Of(_sender) - _senderCpu;
        var receiver = ProcessCpu.Of(_receiver) - _receiverCpu;
        var self = ProcessCpu.Self - _selfCpu;
        long? syncs = null;
        if (_syncs is not null)
        {
            syncs = await _syncs.StopAsync();
            _syncs.Dispose();
        }
        return new PhaseCost(messages, wall, sender, receiver, self, syncs, LoadAtStart, LoadAverage.Now());
    }
}

/// <summary>What a phase cost: wall time, CPU of each process, sync calls, the load average before and after.</summary>
public sealed record PhaseCost(int Messages, TimeSpan Wall, TimeSpan SenderCpu, TimeSpan ReceiverCpu, TimeSpan ClientCpu, long? Syncs, string LoadBefore, string LoadAfter)
{
    private double PerMessage(TimeSpan cpu) => Messages == 0 ? double.NaN : cpu.TotalMicroseconds / Messages;

    public string Describe()
    {
        var nodes = SenderCpu + ReceiverCpu;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"  CPU per message: sender {PerMessage(SenderCpu):F0} µs + receiver {PerMessage(ReceiverCpu):F0} µs = {PerMessage(nodes):F0} µs (clients {PerMessage(ClientCpu):F0} µs); "
            + $"nodes used {nodes.TotalSeconds / Wall.TotalSeconds:F2} cores over {Wall.TotalSeconds:F1} s; load average {LoadBefore} → {LoadAfter}");
        if (Syncs is { } s)
        {
            line += string.Create(CultureInfo.InvariantCulture, $"; fsync+fdatasync {s} = {(double)s / Messages:F3} per message");
        }
        if (Messages > 0 && nodes > TimeSpan.Zero)
        {
            line += string.Create(CultureInfo.InvariantCulture, $"{Environment.NewLine}  CPU bound of the nodes on 2 idle cores: {2_000_000 / PerMessage(nodes):F0} msg/s");
        }
        return line;
    }
}
