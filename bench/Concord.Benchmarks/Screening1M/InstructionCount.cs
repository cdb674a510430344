using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Concord.Matching.Index;
using Concord.Matching.Model;

namespace Concord.Benchmarks.Screening1M;

/// <summary>
/// Load-independent work per query: with CONCORD_ICOUNT=N and the process run under
/// `valgrind --tool=callgrind --collect-atstart=no`, the first N queries are screened on one
/// thread with callgrind collecting only around them (through the tiny native helper
/// scripts/vgctl.c, built by scripts/icount-matching.sh; it issues callgrind client requests).
/// Instructions per query = Ir of the dump "measured" / N. Without valgrind, CONCORD_ICOUNT=N
/// still runs the N queries on one thread and prints their CPU time.
/// </summary>
internal static class InstructionCount
{
    private delegate void Action0();

    public static void Measure(MatchIndex index, List<ScreeningQuery> queries)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("CONCORD_ICOUNT"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            return;
        }
        n = Math.Min(n, queries.Count);
        Action0? start = null;
        Action0? stop = null;
        var lib = Environment.GetEnvironmentVariable("CONCORD_VGCTL");
        if (lib is not null && NativeLibrary.TryLoad(lib, out var handle))
        {
            start = Marshal.GetDelegateForFunctionPointer<Action0>(NativeLibrary.GetExport(handle, "vg_start"));
            stop = Marshal.GetDelegateForFunctionPointer<Action0>(NativeLibrary.GetExport(handle, "vg_stop"));
            // Call both once outside the measured region so that their own JIT/stub cost is not counted.
            start();
            stop();
        }
        var thread = new Thread(() =>
        {
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var alloc0 = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            start?.Invoke();
            for (var i = 0; i < n; i++)
            {
                index.Screen(queries[i], 10, 0);
            }
            stop?.Invoke();
            sw.Stop();
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds * 1000 / n;
            var allocated = (GC.GetAllocatedBytesForCurrentThread() - alloc0) / n;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  concord single thread: {n} queries in {sw.Elapsed.TotalSeconds:0.00} s ({n / sw.Elapsed.TotalSeconds:0} queries/s); process CPU {cpu:0} µs/query; allocated {allocated} bytes/query{(start is null ? "" : "; callgrind dump 'measured' written")}"));
        }, 16 << 20);
        thread.Start();
        thread.Join();
    }
}
