using System.Diagnostics;
using Concord.Benchmarks.Synthetic;
using Concord.Matching;
using Concord.Matching.Index;
using Concord.Matching.Model;

namespace Concord.Benchmarks.Screening1M;

/// <summary>Figures of one system on the synthetic set.</summary>
internal sealed record SystemResult(string System, double BuildSeconds, double QueriesPerSecond, int QueriesRun, double Recall1, double Recall10, long ManagedBytes, long PeakWorkingSet, string Notes)
{
    /// <summary>Per query (in order): was the expected entry in the top 10.</summary>
    public bool[] Hits10 { get; init; } = [];

    /// <summary>Recall@10 on the first <paramref name="n"/> queries (to compare with a system measured on a sample).</summary>
    public double Recall10On(int n) => Hits10.Length == 0 ? Recall10 : Hits10.Take(n).Count(h => h) / (double)Math.Min(n, Hits10.Length);
}

/// <summary>Runs Concord's engine (the one `concord screen` uses) on the synthetic set.</summary>
internal static class EngineRun
{
    public static SystemResult Run(List<SynthEntry> list, List<SynthQuery> queries, List<SynthQuery> warmup, int threads)
    {
        var entries = SyntheticSet.ToEntries(list);
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        var sw = Stopwatch.StartNew();
        var index = MatchIndex.Build(entries);
        sw.Stop();
        var build = sw.Elapsed.TotalSeconds;
        entries = null;
        var managed = GC.GetTotalMemory(true) - before;
        Console.Error.WriteLine($"  concord: index built in {build:0.0} s: {index.EntryCount} entries, {index.NameCount} name readings, {index.FormCount} forms, {managed / 1048576} MiB managed");

        var qs = queries.Select(q => new ScreeningQuery(q.Name)).ToList();
        // Warm-up on other queries (JIT; the cache of name parts is then as warm as in a long-running service).
        index.ScreenMany(warmup.Select(q => new ScreeningQuery(q.Name)).ToList(), 10, 0, threads);
        // Optional: instructions (under callgrind) or CPU time of the first queries on one thread, before the timed run warms the cache with them.
        InstructionCount.Measure(index, qs);
        Profiling.Misses = Profiling.Units = Profiling.Parse = Profiling.Expand = Profiling.Collect = Profiling.Rank = Profiling.Candidates = Profiling.Touched = Profiling.ExpandCandidates = Profiling.Postings = Profiling.PairLookups = Profiling.PairPostings = 0;
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        sw.Restart();
        var results = index.ScreenMany(qs, 10, 0, threads);
        sw.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds * 1000 / qs.Count;
        Console.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"  concord: {qs.Count} queries in {sw.Elapsed.TotalSeconds:0.00} s on {threads} threads ({qs.Count / sw.Elapsed.TotalSeconds:0} queries/s); process CPU {cpu:0} µs/query; load average {LoadAverage()}"));
        if (Profiling.Enabled)
        {
            Console.Error.WriteLine("  " + Profiling.Report(qs.Count));
        }
        var (r1, r10) = Recall(queries, results.Select(r => r.Select(c => c.Entry.Id).ToList()).ToList());
        var byVariant = queries.Select((q, i) => (q.Variant, Hit: results[i].Any(c => c.Entry.Id == q.ExpectedId)))
            .GroupBy(x => x.Variant).Select(g => $"{g.Key} {g.Count(x => x.Hit) / (double)g.Count():0.000}");
        if (Environment.GetEnvironmentVariable("CONCORD_MISSES") is { } variant)
        {
            var byId = list.ToDictionary(e => e.Id, StringComparer.Ordinal);
            foreach (var (q, i) in queries.Select((q, i) => (q, i)).Where(x => variant.Split(',').Contains(x.q.Variant) && !results[x.i].Any(c => c.Entry.Id == x.q.ExpectedId)).Take(60))
            {
                Console.Error.WriteLine($"  MISS [{q.Variant}] {q.Name}  =>  {byId[q.ExpectedId].Name}   top: {string.Join(" | ", results[i].Take(3).Select(c => $"{c.MatchedName} {c.Score:0.00}"))}");
            }
        }
        GC.KeepAlive(index);
        return new SystemResult("Concord", build, qs.Count / sw.Elapsed.TotalSeconds, qs.Count, r1, r10, managed, Process.GetCurrentProcess().PeakWorkingSet64,
            "recall@10 by variant: " + string.Join(", ", byVariant))
        {
            Hits10 = queries.Select((q, i) => results[i].Take(10).Any(c => c.Entry.Id == q.ExpectedId)).ToArray(),
        };
    }

    /// <summary>The 1-minute load average (Linux), to report with throughput figures.</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }

    public static (double R1, double R10) Recall(List<SynthQuery> queries, List<List<string>> ranked)
    {
        var h1 = 0;
        var h10 = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            var k = ranked[i].IndexOf(queries[i].ExpectedId);
            if (k == 0)
            {
                h1++;
            }
            if (k >= 0 && k < 10)
            {
                h10++;
            }
        }
        return ((double)h1 / ranked.Count, (double)h10 / ranked.Count);
    }
}
