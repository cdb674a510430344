using Concord.Benchmarks.Evaluation;
using Concord.Matching.Index;
using Concord.Matching.Model;
using Concord.Matching.Names;

namespace Concord.Benchmarks;

/// <summary>Development helpers: `parse NAME...` prints readings; `probe SET QUERY...` screens against an evaluation watch list or a file of names.</summary>
internal static class DebugCommands
{
    public static int Parse(string[] names)
    {
        foreach (var name in names)
        {
            Console.WriteLine(name);
            foreach (var r in NameParser.Parse(name, EntityKind.Unknown))
            {
                Console.WriteLine("   " + r);
            }
        }
        return 0;
    }

    public static int Probe(string[] args)
    {
        var named = args[0] is "watchman" or "un" or "ofac" or "all";
        var un = named ? EvalSets.Un() : [];
        var ofac = named ? EvalSets.Ofac("ofac-sdn-2021") : [];
        var list = args[0] switch
        {
            "watchman" => EvalSets.Watchman([.. un, .. ofac]).Watchlist,
            "un" => un.Select(EvalSets.PrimaryOnly).ToList(),
            "ofac" => ofac.Select(EvalSets.PrimaryOnly).ToList(),
            "all" => [.. un, .. ofac],
            // A file of person names, one per line.
            _ when File.Exists(args[0]) => File.ReadLines(args[0]).Where(l => l.Length > 0).Select((n, i) => new WatchlistEntry("L" + (i + 1), EntityKind.Person, [new WatchlistName(n)])).ToList(),
            _ => throw new ArgumentException("set: watchman | un | ofac | all | a file of names, one per line"),
        };
        var index = MatchIndex.Build(list);
        foreach (var q in args[1..])
        {
            Console.WriteLine(q);
            foreach (var c in index.Screen(q, 5))
            {
                Console.WriteLine($"   {c.Score:0.000} {c.Entry.Id} {c.MatchedName} :: {c.Explanation.Summary} | unmatched q: {string.Join(",", c.Explanation.UnmatchedQueryParts)} r: {string.Join(",", c.Explanation.UnmatchedRecordParts)}");
            }
        }
        return 0;
    }
}

/// <summary>`misses SET [LIMIT [unrelated|near|distinctive]]`: alias misses split into unrelated aliases and related ones (shares a similar word with the primary name).</summary>
internal static class MissAnalysis
{
    public static int Run(string[] args)
    {
        var list = args[0] == "un" ? EvalSets.Un() : EvalSets.Ofac(args[0] == "ofac2024" ? "ofac-sdn" : "ofac-sdn-2021");
        var set = EvalSets.AliasesAgainstPrimary("x", list, weakAliases: args[0] == "un");
        var index = MatchIndex.Build(set.Watchlist);
        var byId = list.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var deep = index.ScreenMany(set.Cases.Select(c => c.Query).ToList(), 100);
        var results = deep.Select(r => (IReadOnlyList<Concord.Matching.Scoring.Candidate>)r.Take(10).ToList()).ToArray();
        var ranks = new int[5]; // 11-20, 21-50, 51-100, not in 100 (related misses only)
        int related = 0, unrelated = 0, relatedMiss = 0, unrelatedMiss = 0, commonOnlyMiss = 0, commonOnlyMiss20 = 0;
        var frequency = WordFrequency(set.Watchlist);
        var shown = 0;
        var limit = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40;
        var mode = args.Length > 2 ? args[2] : "";
        for (var i = 0; i < set.Cases.Count; i++)
        {
            var c = set.Cases[i];
            var id = c.Expected.First();
            var primary = byId[id].Names[0].Text;
            // How many primary names hold the rarest word the alias shares with its primary name; null: none shared.
            var shared = RarestSharedWord(NameWords(c.Query.Name), NameWords(primary), frequency);
            var rel = shared is not null;
            var hit = results[i].Any(r => r.Entry.Id == id);
            var at = hit ? -1 : deep[i].ToList().FindIndex(r => r.Entry.Id == id);
            if (!rel)
            {
                unrelated++;
                unrelatedMiss += hit ? 0 : 1;
            }
            else
            {
                related++;
                if (!hit)
                {
                    relatedMiss++;
                    commonOnlyMiss += shared >= 10 ? 1 : 0;
                    commonOnlyMiss20 += shared >= 20 ? 1 : 0;
                    ranks[at < 0 ? 3 : at < 20 ? 0 : at < 50 ? 1 : 2]++;
                }
            }
            if (hit || shown >= limit)
            {
                continue;
            }
            switch (mode)
            {
                case "near" when rel && at is >= 10 and < 20:
                    shown++;
                    Console.WriteLine($"NEAR {c.Query.Name}  =>  {primary} {deep[i][at].Score:0.00} (rank {at + 1})   top: {string.Join(" | ", deep[i].Take(3).Select(r => $"{r.MatchedName} {r.Score:0.00}"))}");
                    break;
                case "distinctive" when rel && shared < 10:
                case "unrelated" when !rel:
                case "" when rel:
                    shown++;
                    Console.WriteLine($"MISS {c.Query.Name}  =>  {primary}   top: {string.Join(" | ", results[i].Take(2).Select(r => $"{r.MatchedName} {r.Score:0.00}"))}");
                    break;
            }
        }
        Console.WriteLine($"related misses ranked 11-20: {ranks[0]}, 21-50: {ranks[1]}, 51-100: {ranks[2]}, not in the first 100: {ranks[3]}");
        Console.WriteLine($"related {related} (missed {relatedMiss}), unrelated {unrelated} (missed {unrelatedMiss}); recall@10 {(double)(related - relatedMiss + unrelated - unrelatedMiss) / set.Cases.Count:0.000}");
        var ceiling = (double)(related + unrelated - unrelatedMiss) / set.Cases.Count;
        Console.WriteLine($"ceiling by name {ceiling:0.000}; related misses that share only words 10+ (20+) primary names have: {commonOnlyMiss} ({commonOnlyMiss20}); "
            + $"ceiling without them {(double)(related - commonOnlyMiss + unrelated - unrelatedMiss) / set.Cases.Count:0.000} ({(double)(related - commonOnlyMiss20 + unrelated - unrelatedMiss) / set.Cases.Count:0.000})");
        return 0;
    }

    /// <summary>How many primary names hold each name word (by its first form).</summary>
    private static Dictionary<string, int> WordFrequency(IReadOnlyList<WatchlistEntry> list)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in list)
        {
            foreach (var f in NameWords(e.Names[0].Text).Select(u => u.Forms[0]).Distinct(StringComparer.Ordinal))
            {
                df[f] = df.GetValueOrDefault(f) + 1;
            }
        }
        return df;
    }

    private static List<NameUnit> NameWords(string name) =>
        NameParser.Parse(name, EntityKind.Unknown)[0].Units.Where(u => u.Span == 1 && u.Role is NamePartRole.Name).ToList();

    /// <summary>
    /// The number of primary names that hold the rarest word of the primary name to which a word of the alias is similar
    /// (similarity ≥ 0.75), or null when the alias shares no word with it. A word that many primary names hold
    /// (Mohammed, Ali) cannot single out one of them.
    /// </summary>
    private static int? RarestSharedWord(List<NameUnit> alias, List<NameUnit> primary, Dictionary<string, int> frequency)
    {
        int? rarest = null;
        foreach (var y in primary)
        {
            if (alias.Any(x => x.Forms.Any(fx => y.Forms.Any(fy => Concord.Matching.Index.FormSimilarity.Of(fx, fy, 0.7f) >= 0.75f))))
            {
                var df = frequency.GetValueOrDefault(y.Forms[0]);
                rarest = rarest is null ? df : Math.Min(rarest.Value, df);
            }
        }
        return rarest;
    }
}

internal static class ProbeFile
{
    public static int Run(string[] args)
    {
        var list = Concord.Matching.Watchlists.WatchlistReader.Read(args[0]).Items;
        var index = MatchIndex.Build(list);
        foreach (var q in args[1..])
        {
            Console.WriteLine(q);
            foreach (var r in NameParser.Parse(q, EntityKind.Unknown))
            {
                Console.WriteLine("   reading " + r);
            }
            foreach (var c in index.Screen(q, 10))
            {
                Console.WriteLine($"   {c.Score:0.000} {c.Entry.Id} {c.MatchedName} :: {c.Explanation.Summary} | unmatched q: {string.Join(",", c.Explanation.UnmatchedQueryParts)} r: {string.Join(",", c.Explanation.UnmatchedRecordParts)}");
            }
        }
        return 0;
    }
}

internal static class MicroTimings
{
    public static int Run()
    {
        var pairs = new[] { ("muhamad", "mohamed"), ("aleksandr", "aleksander"), ("vang", "van"), ("xerbakov", "xcerbakov"), ("kasimov", "kazimov"), ("li", "lu") };
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var sum = 0f;
        for (var i = 0; i < 1_000_000; i++)
        {
            var (a, b) = pairs[i % pairs.Length];
            sum += Concord.Matching.Phonetics.PhoneticSimilarity.AtLeast(a, b, 0.55f);
        }
        Console.WriteLine($"PhoneticSimilarity.AtLeast: {sw.Elapsed.TotalMilliseconds * 1000 / 1_000_000:0.000} µs/call ({sum:0})");
        sw.Restart();
        for (var i = 0; i < 100_000; i++)
        {
            NameParser.Parse(i % 2 == 0 ? "Muhammad Ali Hassan" : "Владимир Путин", EntityKind.Unknown);
        }
        Console.WriteLine($"NameParser.Parse: {sw.Elapsed.TotalMilliseconds * 1000 / 100_000:0.000} µs/call");
        return 0;
    }
}

internal static class PairDebug
{
    public static int Run(string[] args)
    {
        var list = Concord.Matching.Watchlists.WatchlistReader.Read(args[0]).Items;
        var index = MatchIndex.Build(list);
        var data = (IndexData)typeof(MatchIndex).GetField("_data", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(index)!;
        for (var n = 0; n < data.NameCount; n++)
        {
            var e = data.Entries[data.NameEntry[n]];
            if (e.Id != args[1])
            {
                continue;
            }
            for (var u = data.NameUnitStart[n]; u < data.NameUnitStart[n + 1]; u++)
            {
                var forms = Enumerable.Range(data.UnitFormStart[u], data.UnitFormStart[u + 1] - data.UnitFormStart[u]).Select(f => data.UnitForms[f]);
                Console.WriteLine($"name {n} unit {u} pos {data.UnitPosition[u]} span {data.UnitSpan[u]} role {data.UnitRole[u]}: {string.Join(", ", forms.Select(f => $"{data.Forms[f]}({data.DocumentFrequency[f]})"))}");
            }
        }
        Console.WriteLine($"pairs: {data.Pairs.Count}");
        if (args.Length > 2)
        {
            var expander = new QueryExpander(data, 0.55f);
            var scratch = new QueryScratch(data.FormCount);
            var plan = QueryPlan.Create(NameParser.Parse(args[2], EntityKind.Unknown), data, expander, scratch);
            for (var r = 0; r < plan.Readings.Count; r++)
            {
                for (var u = 0; u < plan.Readings[r].Units.Length; u++)
                {
                    var e = plan.Expansions[r][u];
                    Console.WriteLine($"q reading {r} unit {u} {plan.Readings[r].Units[u]}: {string.Join(", ", Enumerable.Range(0, e.Count).Select(i => $"{data.Forms[e.Forms[i]]}({data.DocumentFrequency[e.Forms[i]]}) {e.Similarities[i]:0.00}"))}");
                }
            }
            var names = CandidateCollector.Collect(plan, data, scratch, 48);
            Console.WriteLine($"touched {scratch.Table.Count}; candidates: {string.Join(", ", names.Take(10).Select(n => data.Entries[data.NameEntry[n]].Id))}");
        }
        return 0;
    }
}

/// <summary>`expand-prof [names] [queries]`: time of each phase of query expansion (no cache) per unit, by kind of unit, on the synthetic list.</summary>
internal static class ExpandProfile
{
    public static int Run(string[] args)
    {
        var names = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3000;
        var pools = Concord.Benchmarks.Synthetic.NamePools.Load();
        var list = Concord.Benchmarks.Synthetic.SyntheticSet.Watchlist(pools, names, seed: 42);
        var queries = Concord.Benchmarks.Synthetic.SyntheticSet.Queries(list, count, seed: 43);
        var index = MatchIndex.Build(Concord.Benchmarks.Synthetic.SyntheticSet.ToEntries(list));
        var data = (IndexData)typeof(MatchIndex).GetField("_data", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(index)!;
        var expander = new QueryExpander(data, 0.55f);
        var scratch = new QueryScratch(data.FormCount);
        var units = queries.SelectMany(q => NameParser.Parse(q.Name, EntityKind.Unknown)).SelectMany(r => r.Units)
            .Where(u => !(u.Forms.Length == 1 && u.Forms[0].Length == 1)).ToList();
        static string Kind(NameUnit u) => u.Span > 1 ? "joined" : u.Forms.Any(f => f[0] == '^') ? "han-transcription" : u.Forms.Any(f => f[0] == '~') ? "abjad" : u.Forms.Length > 1 ? "multi-form" : "single-form";
        for (var pass = 0; pass < 2; pass++)
        {
            var byKind = new Dictionary<string, (int N, double Gather, double Measure, long Cands)>();
            foreach (var u in units)
            {
                var t0 = ThreadCpu.Microseconds();
                var c = expander.Gather(u.Forms, scratch, u.Span > 1);
                var t1 = ThreadCpu.Microseconds();
                var g = t1 - t0;
                var n = c.Count;
                if (n > 0)
                {
                    expander.Measure(u.Forms, c);
                }
                var m = ThreadCpu.Microseconds() - t1;
                var k = Kind(u);
                var v = byKind.GetValueOrDefault(k);
                byKind[k] = (v.N + 1, v.Gather + g, v.Measure + m, v.Cands + n);
            }
            if (pass == 1)
            {
                // Which tiers find the forms that matter (similarity at least 0.7, 0.8; among the 12 walked).
                var tierStats = new long[RetrievalKeys.Tiers, 5];
                foreach (var u in units.Where(x => Kind(x) is "single-form" or "multi-form"))
                {
                    var c = expander.Gather(u.Forms, scratch, u.Span > 1);
                    if (c.Count == 0)
                    {
                        continue;
                    }
                    var tiers = scratch.FormCandidateTier.ToArray();
                    var ids = c.ToArray();
                    var e = expander.Measure(u.Forms, c);
                    var rank = new Dictionary<int, int>();
                    for (var i = 0; i < e.Count; i++)
                    {
                        rank[e.Forms[i]] = i;
                    }
                    for (var i = 0; i < ids.Length; i++)
                    {
                        var t = tiers[i];
                        tierStats[t, 0]++;
                        if (rank.TryGetValue(ids[i], out var r))
                        {
                            tierStats[t, 1]++;
                            var sim = e.Similarities[r];
                            if (sim >= 0.7f) { tierStats[t, 2]++; }
                            if (sim >= 0.8f) { tierStats[t, 3]++; }
                            if (r < 12) { tierStats[t, 4]++; }
                        }
                    }
                }
                for (var t = 0; t < RetrievalKeys.Tiers; t++)
                {
                    Console.WriteLine($"tier {t}: candidates {tierStats[t, 0]}, kept {tierStats[t, 1]}, sim>=0.7 {tierStats[t, 2]}, sim>=0.8 {tierStats[t, 3]}, in top 12 {tierStats[t, 4]}");
                }
                foreach (var (k, v) in byKind.OrderByDescending(x => x.Value.Gather + x.Value.Measure))
                {
                    Console.WriteLine($"{k,-18} units {v.N,6}  gather {v.Gather / v.N,7:0.0} µs  measure {v.Measure / v.N,7:0.0} µs  candidates {v.Cands / (double)v.N,6:0}  total {(v.Gather + v.Measure) / 1000:0} ms");
                }
            }
        }
        return 0;
    }
}

/// <summary>CPU time of the calling thread (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)): unaffected by waiting for a core on a loaded machine.</summary>
internal static partial class ThreadCpu
{
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    public static double Microseconds()
    {
        ClockGetTime(3, out var t); // CLOCK_THREAD_CPUTIME_ID
        return t.Seconds * 1e6 + t.Nanoseconds / 1e3;
    }
}

/// <summary>
/// `cpu-rounds [names] [queries] [rounds]`: thread CPU per query of the synthetic screening run on one thread,
/// repeated: each round forgets the expansion cache, warms it on the 20,000 warm-up queries, then times the
/// queries. On a shared machine the lowest round is the figure least disturbed by other work.
/// </summary>
internal static class CpuRounds
{
    public static int Run(string[] args)
    {
        static int Arg(string[] a, int i, int d) => a.Length > i ? int.Parse(a[i], System.Globalization.CultureInfo.InvariantCulture) : d;
        var names = Arg(args, 0, 1_000_000);
        var count = Arg(args, 1, 20_000);
        var rounds = Arg(args, 2, 5);
        var pools = Concord.Benchmarks.Synthetic.NamePools.Load();
        var list = Concord.Benchmarks.Synthetic.SyntheticSet.Watchlist(pools, names, seed: 42);
        var queries = Concord.Benchmarks.Synthetic.SyntheticSet.Queries(list, count, seed: 43).Select(q => new ScreeningQuery(q.Name)).ToList();
        var warmup = Concord.Benchmarks.Synthetic.SyntheticSet.Queries(list, 20_000, seed: 44).Select(q => new ScreeningQuery(q.Name)).ToList();
        var index = MatchIndex.Build(Concord.Benchmarks.Synthetic.SyntheticSet.ToEntries(list));
        var best = double.MaxValue;
        var thread = new Thread(() =>
        {
            for (var r = 0; r < rounds; r++)
            {
                index.ClearCaches();
                foreach (var q in warmup)
                {
                    index.Screen(q);
                }
                var t0 = ThreadCpu.Microseconds();
                foreach (var q in queries)
                {
                    index.Screen(q);
                }
                var us = (ThreadCpu.Microseconds() - t0) / queries.Count;
                best = Math.Min(best, us);
                Console.WriteLine(FormattableString.Invariant($"round {r + 1}: {us:0.0} µs thread CPU per query (load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})"));
            }
        }, 16 << 20);
        thread.Start();
        thread.Join();
        Console.WriteLine(FormattableString.Invariant($"lowest: {best:0.0} µs per query ({names} names, {count} queries, {rounds} rounds)"));
        return 0;
    }
}
