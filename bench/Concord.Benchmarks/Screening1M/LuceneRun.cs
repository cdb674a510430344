using System.Diagnostics;
using Concord.Benchmarks.Synthetic;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Concord.Benchmarks.Screening1M;

/// <summary>
/// The strongest existing baseline measured here: Lucene.NET 4.8 with a character 3-gram field over
/// AnyAscii-transliterated names; a query is an OR of its 3-grams, ranked by Lucene's default similarity.
/// </summary>
internal static class LuceneRun
{
    private sealed class TrigramAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            new(new NGramTokenizer(LuceneVersion.LUCENE_48, reader, 3, 3));
    }

    public static SystemResult Run(List<SynthEntry> list, List<SynthQuery> queries, int sample, int threads)
    {
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        var sw = Stopwatch.StartNew();
        var dir = new RAMDirectory();
        using var analyzer = new TrigramAnalyzer();
        using (var writer = new IndexWriter(dir, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { RAMBufferSizeMB = 256 }))
        {
            foreach (var e in list)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", e.Id, Field.Store.YES),
                    new TextField("g", AsciiNames.Normalize(e.Name), Field.Store.NO),
                });
            }
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(dir);
        var searcher = new IndexSearcher(reader);
        var build = sw.Elapsed.TotalSeconds;
        var managed = GC.GetTotalMemory(true) - before;
        Console.Error.WriteLine($"  lucene: index built in {build:0.0} s, {managed / 1048576} MiB managed");

        var chosen = queries.Take(sample).ToList();
        var ranked = new List<string>[chosen.Count];
        Search(searcher, queries.Skip(sample).Take(200).ToList(), new List<string>[200], threads); // warm-up
        sw.Restart();
        Search(searcher, chosen, ranked, threads);
        sw.Stop();
        var (r1, r10) = EngineRun.Recall(chosen, [.. ranked]);
        var byVariant = chosen.Select((q, i) => (q.Variant, Hit: ranked[i].Contains(q.ExpectedId)))
            .GroupBy(x => x.Variant).Select(g => $"{g.Key} {g.Count(x => x.Hit) / (double)g.Count():0.000}");
        return new SystemResult("Lucene.NET 4.8 3-gram (AnyAscii)", build, chosen.Count / sw.Elapsed.TotalSeconds, chosen.Count, r1, r10, managed,
            Process.GetCurrentProcess().PeakWorkingSet64, $"measured on the first {chosen.Count} queries; recall@10 by variant: {string.Join(", ", byVariant)}")
        {
            Hits10 = chosen.Select((q, i) => ranked[i].Contains(q.ExpectedId)).ToArray(),
        };
    }

    private static void Search(IndexSearcher searcher, List<SynthQuery> queries, List<string>[] ranked, int threads)
    {
        Parallel.For(0, queries.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            var text = AsciiNames.Normalize(queries[i].Name);
            var query = new BooleanQuery();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k + 3 <= text.Length; k++)
            {
                var gram = text.Substring(k, 3);
                if (seen.Add(gram))
                {
                    query.Add(new TermQuery(new Term("g", gram)), Occur.SHOULD);
                }
            }
            var top = searcher.Search(query, 10);
            ranked[i] = top.ScoreDocs.Select(sd => searcher.Doc(sd.Doc).Get("id", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        });
    }
}
