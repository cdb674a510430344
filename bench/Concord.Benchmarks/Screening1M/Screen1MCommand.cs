using System.Diagnostics;
using System.Globalization;
using Concord.Benchmarks.Synthetic;

namespace Concord.Benchmarks.Screening1M;

/// <summary>
/// `screen-1m [--names N] [--queries N] [--threads N] [--no-lucene] [--no-pg] [--pg-sample N]`:
/// generates the synthetic multilingual watch list and variant queries, runs Concord's engine,
/// Lucene.NET 4.8 (character 3-grams over AnyAscii) and PostgreSQL pg_trgm KNN on the same data,
/// and prints throughput, build time, memory and recall with ratios.
/// </summary>
internal static class Screen1MCommand
{
    public static int Run(string[] args)
    {
        var names = Int(args, "--names", 1_000_000);
        var queryCount = Int(args, "--queries", 50_000);
        var threads = Int(args, "--threads", Environment.ProcessorCount);
        var sw = Stopwatch.StartNew();
        var pools = NamePools.Load();
        var list = SyntheticSet.Watchlist(pools, names, seed: 42);
        var queries = SyntheticSet.Queries(list, queryCount, seed: 43);
        var warmup = SyntheticSet.Queries(list, Int(args, "--warmup", Math.Min(queryCount, 20_000)), seed: 44);
        Console.Error.WriteLine($"Generated {list.Count} names and {queries.Count} queries in {sw.Elapsed.TotalSeconds:0.0} s");
        var writeIndex = Array.IndexOf(args, "--write");
        if (writeIndex >= 0 && writeIndex + 1 < args.Length)
        {
            // Files for an end-to-end run of `concord screen` (watchlist.csv, queries.csv, expected.csv).
            var dir = args[writeIndex + 1];
            Directory.CreateDirectory(dir);
            File.WriteAllLines(Path.Combine(dir, "watchlist.csv"), ["id,name,type", .. list.Select(e => $"{e.Id},{Cli(e.Name)},{(e.Kind == Concord.Matching.Model.EntityKind.Organization ? "organization" : "person")}")]);
            File.WriteAllLines(Path.Combine(dir, "queries.csv"), ["query_id,name", .. queries.Select(q => $"{q.Id},{Cli(q.Name)}")]);
            File.WriteAllLines(Path.Combine(dir, "expected.csv"), ["query_id,entity_id,variant", .. queries.Select(q => $"{q.Id},{q.ExpectedId},{q.Variant}")]);
            Console.Error.WriteLine($"Wrote {dir}/watchlist.csv, queries.csv, expected.csv");
            return 0;
        }
        var results = new List<SystemResult> { EngineRun.Run(list, queries, warmup, threads) };
        if (!args.Contains("--no-lucene"))
        {
            results.Add(LuceneRun.Run(list, queries, Int(args, "--lucene-sample", 5000), threads));
        }
        if (!args.Contains("--no-pg"))
        {
            var pg = PgTrgmRun.Run(list, queries, Int(args, "--pg-sample", 200), Int(args, "--pg-port", 0));
            if (pg is not null)
            {
                results.Add(pg);
            }
        }
        Print(results);
        if (Environment.GetEnvironmentVariable("CONCORD_DIFF") is not null && results.Count > 1)
        {
            var byId = list.ToDictionary(e => e.Id, StringComparer.Ordinal);
            var lucene = results[1];
            for (var i = 0; i < lucene.Hits10.Length; i++)
            {
                if (lucene.Hits10[i] && !results[0].Hits10[i])
                {
                    Console.Error.WriteLine($"  LUCENE-ONLY [{queries[i].Variant}] {queries[i].Name}  =>  {byId[queries[i].ExpectedId].Name}");
                }
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(names {names}, queries {queries.Count}, threads {threads}, cores {Environment.ProcessorCount}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)"));
        return 0;
    }

    private static string Cli(string value) =>
        value.AsSpan().IndexOfAny(",\"\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static void Print(List<SystemResult> results)
    {
        Console.WriteLine("| system | build s | queries/s | queries | recall@1 | recall@10 | managed heap MiB | peak working set MiB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.System} | {r.BuildSeconds:0.0} | {r.QueriesPerSecond:0.0} | {r.QueriesRun} | {r.Recall1:0.000} | {r.Recall10:0.000} | {r.ManagedBytes / 1048576.0:0} | {r.PeakWorkingSet / 1048576.0:0} |"));
        }
        foreach (var r in results)
        {
            Console.WriteLine($"{r.System}: {r.Notes}");
        }
        var concord = results[0];
        foreach (var r in results.Skip(1))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Concord vs {r.System}: {concord.QueriesPerSecond / r.QueriesPerSecond:0.0}x queries/s; recall@10 on the same {r.QueriesRun} queries {concord.Recall10On(r.QueriesRun):0.000} vs {r.Recall10:0.000} ({concord.Recall10On(r.QueriesRun) - r.Recall10:+0.000;-0.000}); build {concord.BuildSeconds:0.0} s vs {r.BuildSeconds:0.0} s"));
        }
    }

    public static int Int(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
