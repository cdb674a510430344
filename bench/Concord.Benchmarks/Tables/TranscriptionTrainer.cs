using System.Globalization;
using System.Text;
using Concord.Matching.Phonetics;
using Concord.Matching.Text;
using Concord.Matching.Transliteration;

namespace Concord.Benchmarks.Tables;

/// <summary>One training example: a foreign name written in Chinese characters and its Latin P-form.</summary>
internal sealed record TranscriptionPair(string[] Chars, string Latin, double Weight);

/// <summary>
/// Learns how Chinese characters transcribe foreign names (斯 → s, 夫 → v at the end, 德 → d/de)
/// with EM over monotone alignments of characters to Latin segments. The result is a table of
/// character → segment probabilities (and per pinyin syllable, for characters seen rarely);
/// no name pair is stored.
/// </summary>
internal static class TranscriptionTrainer
{
    private const int MaxSegment = 5;
    private static readonly double[] LengthPrior = [0.02, 0.25, 0.35, 0.25, 0.1, 0.03];

    public static List<TranscriptionPair> Pairs(string sharedData, Dictionary<string, string> tradToSimp, List<LexiconEntry> lexicon)
    {
        var pairs = new List<TranscriptionPair>(80_000);
        foreach (var line in File.ReadLines(Path.Combine(sharedData, "translit-wikidata-en-xx", "wd_chinese_80")))
        {
            var f = line.Split('\t');
            if (f.Length < 3)
            {
                continue;
            }
            if (ZhHoldout.Enabled && ZhHoldout.IsHeldOut(f[0], f[1]))
            {
                continue;
            }
            var latin = Latin(f[0]);
            var chars = Simplify(f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), tradToSimp);
            if (latin.Length == 0 || chars is null)
            {
                continue;
            }
            var count = double.Parse(f[2], CultureInfo.InvariantCulture);
            pairs.Add(new TranscriptionPair(chars, latin, 1 + Math.Log(count)));
        }
        foreach (var e in lexicon)
        {
            if (e.Kind != 'N')
            {
                continue;
            }
            var parts = e.Chinese.Split('·', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == e.Latin.Length)
            {
                for (var i = 0; i < parts.Length; i++)
                {
                    Add(parts[i], e.Latin[i]);
                }
            }
            else if (parts.Length == 1)
            {
                Add(parts[0], e.Latin[^1]);
            }
        }
        foreach (var line in File.ReadLines(Path.Combine(sharedData, "ru-zh-persons-wikidata", "persons_ru_zh.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 3 || !DevSplit.IsTraining(f[0]))
            {
                continue;
            }
            var zh = f[1].Split(['·', '・', '•', '‧', '-', ' '], StringSplitOptions.RemoveEmptyEntries);
            var ru = RussianOrder(f[2]);
            if (zh.Length == ru.Count)
            {
                for (var i = 0; i < zh.Length; i++)
                {
                    Add(zh[i], ru[i]);
                }
            }
            else if (zh.Length == 2 && ru.Count == 3)
            {
                Add(zh[0], ru[0]);
                Add(zh[1], ru[2]);
            }
        }
        return pairs;

        void Add(string chinese, string latinWord)
        {
            var latin = Latin(latinWord);
            var chars = Simplify(HanTableBuilder.Chars(chinese).ToArray(), tradToSimp);
            if (latin.Length > 0 && chars is not null)
            {
                pairs.Add(new TranscriptionPair(chars, latin, 1.0));
            }
        }
    }

    /// <summary>"Рихтер, Святослав Теофилович" → [Svyatoslav, Teofilovich, Rikhter] in P-form-ready Latin.</summary>
    public static List<string> RussianOrder(string label)
    {
        var comma = label.IndexOf(',', StringComparison.Ordinal);
        var ordered = comma > 0 ? label[(comma + 1)..] + " " + label[..comma] : label;
        var result = new List<string>();
        foreach (var t in TextNormalizer.Tokenize(ordered))
        {
            result.Add(t.Script == Script.Cyrillic ? CyrillicTransliterator.ToLatin(t.Text)[0] : t.Text);
        }
        return result;
    }

    private static string Latin(string word)
    {
        var sb = new StringBuilder();
        foreach (var t in TextNormalizer.Tokenize(word))
        {
            if (t.Script == Script.Latin)
            {
                sb.Append(t.Text);
            }
            else if (t.Script == Script.Cyrillic)
            {
                sb.Append(CyrillicTransliterator.ToLatin(t.Text)[0]);
            }
        }
        return PhoneticKey.Form(sb.ToString());
    }

    private static string[]? Simplify(string[] chars, Dictionary<string, string> tradToSimp)
    {
        if (chars.Length == 0 || chars.Length > 12)
        {
            return null;
        }
        var result = new string[chars.Length];
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i].Length == 0 || ScriptDetector.Of(chars[i][0]) != Script.Han)
            {
                return null;
            }
            result[i] = tradToSimp.GetValueOrDefault(chars[i], chars[i]);
        }
        return result;
    }

    /// <summary>Runs EM and returns (char|ctx) → segment → probability, plus the expected counts per key.</summary>
    public static (Dictionary<string, Dictionary<string, double>> Probs, Dictionary<string, double> Totals) Train(List<TranscriptionPair> pairs, int iterations)
    {
        Dictionary<string, Dictionary<string, double>>? probs = null;
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var it = 0; it < iterations; it++)
        {
            var counts = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
            var loglik = 0.0;
            foreach (var p in pairs)
            {
                loglik += Expect(p, probs, counts);
            }
            probs = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
            totals.Clear();
            foreach (var (key, segs) in counts)
            {
                var sum = segs.Values.Sum();
                totals[key] = sum;
                probs[key] = segs.Where(kv => kv.Value / sum >= 1e-4).ToDictionary(kv => kv.Key, kv => kv.Value / sum, StringComparer.Ordinal);
            }
            Console.Error.WriteLine($"  EM iteration {it + 1}: log-likelihood {loglik:F0}");
        }
        return (probs!, totals);
    }

    public static string Key(string ch, int ctx) => ctx == 1 ? ch + "|F" : ch + "|N";

    private static double P(Dictionary<string, Dictionary<string, double>>? probs, string key, string seg)
    {
        if (probs is null)
        {
            return LengthPrior[seg.Length];
        }
        return probs.TryGetValue(key, out var d) && d.TryGetValue(seg, out var v) ? v : 1e-6 * LengthPrior[seg.Length];
    }

    private static double Expect(TranscriptionPair pair, Dictionary<string, Dictionary<string, double>>? probs, Dictionary<string, Dictionary<string, double>> counts)
    {
        var n = pair.Chars.Length;
        var latin = pair.Latin;
        var m = latin.Length;
        if (m > 40)
        {
            return 0;
        }
        var keys = new string[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = Key(pair.Chars[i], i == n - 1 ? 1 : 0);
        }
        var alpha = new double[n + 1, m + 1];
        var beta = new double[n + 1, m + 1];
        alpha[0, 0] = 1;
        for (var i = 1; i <= n; i++)
        {
            for (var k = 0; k <= m; k++)
            {
                var s = 0.0;
                for (var j = Math.Max(0, k - MaxSegment); j <= k; j++)
                {
                    if (alpha[i - 1, j] > 0)
                    {
                        s += alpha[i - 1, j] * P(probs, keys[i - 1], latin[j..k]);
                    }
                }
                alpha[i, k] = s;
            }
        }
        var z = alpha[n, m];
        if (z <= 0)
        {
            return 0;
        }
        beta[n, m] = 1;
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = 0; j <= m; j++)
            {
                var s = 0.0;
                for (var k = j; k <= Math.Min(m, j + MaxSegment); k++)
                {
                    if (beta[i + 1, k] > 0)
                    {
                        s += P(probs, keys[i], latin[j..k]) * beta[i + 1, k];
                    }
                }
                beta[i, j] = s;
            }
        }
        for (var i = 1; i <= n; i++)
        {
            if (!counts.TryGetValue(keys[i - 1], out var c))
            {
                counts[keys[i - 1]] = c = new Dictionary<string, double>(StringComparer.Ordinal);
            }
            for (var j = 0; j <= m; j++)
            {
                if (alpha[i - 1, j] <= 0)
                {
                    continue;
                }
                for (var k = j; k <= Math.Min(m, j + MaxSegment); k++)
                {
                    if (beta[i, k] <= 0)
                    {
                        continue;
                    }
                    var seg = latin[j..k];
                    var post = alpha[i - 1, j] * P(probs, keys[i - 1], seg) * beta[i, k] / z;
                    if (post > 1e-6)
                    {
                        c[seg] = c.GetValueOrDefault(seg) + post * pair.Weight;
                    }
                }
            }
        }
        return Math.Log(z) * pair.Weight;
    }

    /// <summary>Writes the character table and a per-syllable back-off table (for rare characters).</summary>
    public static void Write(string path, Dictionary<string, Dictionary<string, double>> probs, Dictionary<string, double> totals, Dictionary<string, List<string>> readings)
    {
        var syllableCounts = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var (key, segs) in probs)
        {
            var bar = key.IndexOf('|', StringComparison.Ordinal);
            var ch = key[..bar];
            if (!readings.TryGetValue(ch, out var r) || r.Count == 0)
            {
                continue;
            }
            var sk = r[0] + key[bar..];
            if (!syllableCounts.TryGetValue(sk, out var sc))
            {
                syllableCounts[sk] = sc = new Dictionary<string, double>(StringComparer.Ordinal);
            }
            foreach (var (seg, p) in segs)
            {
                sc[seg] = sc.GetValueOrDefault(seg) + p * totals[key];
            }
        }
        var sb = new StringBuilder();
        sb.Append("# Chinese transcription of foreign names: character (or @pinyin syllable) | N non-final / F final -> Latin P-form segment probabilities.\n");
        sb.Append("# Learned by EM (bench/Concord.Benchmarks Tables/TranscriptionTrainer.cs) from translit-wikidata wd_chinese_80 (CC0), CC-CEDICT names (CC BY-SA 4.0)\n");
        sb.Append("# and the training part of ru-zh-persons-wikidata (CC0). Format: key<TAB>expected count<TAB>segment:probability ... ('_' = empty).\n");
        void Emit(string key, double total, Dictionary<string, double> segs)
        {
            var sum = segs.Values.Sum();
            var top = segs.Select(kv => (kv.Key, P: kv.Value / sum)).Where(x => x.P >= 0.01).OrderByDescending(x => x.P).Take(10).ToList();
            if (top.Count == 0 || total < 0.5)
            {
                return;
            }
            sb.Append(key).Append('\t').Append(total.ToString("F1", CultureInfo.InvariantCulture)).Append('\t');
            sb.Append(string.Join(' ', top.Select(x => (x.Key.Length == 0 ? "_" : x.Key) + ":" + x.P.ToString("F3", CultureInfo.InvariantCulture))));
            sb.Append('\n');
        }
        foreach (var (key, segs) in probs.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            Emit(key, totals[key], segs);
        }
        foreach (var (key, segs) in syllableCounts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            Emit("@" + key, segs.Values.Sum(), segs);
        }
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }
}
