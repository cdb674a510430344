using System.Text;
using Concord.Matching.Text;

namespace Concord.Benchmarks.Tables;

/// <summary>
/// Builds han.tsv from CC-CEDICT: for every simplified character its toneless pinyin readings,
/// most used first (counted over the words it occurs in), and traditional → simplified.
/// </summary>
internal static class HanTableBuilder
{
    public static (Dictionary<string, List<string>> Readings, Dictionary<string, string> TradToSimp) Build(List<CedictEntry> entries)
    {
        var counts = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        var trad = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            var s = Chars(e.Simplified);
            var t = Chars(e.Traditional);
            if (s.Count != e.Pinyin.Length)
            {
                continue;
            }
            var weight = s.Count == 1 ? 0.5 : 1.0;
            for (var i = 0; i < s.Count; i++)
            {
                if (ScriptDetector.Of(s[i][0]) != Script.Han || !IsSyllable(e.Pinyin[i]))
                {
                    continue;
                }
                if (!counts.TryGetValue(s[i], out var c))
                {
                    counts[s[i]] = c = new Dictionary<string, double>(StringComparer.Ordinal);
                }
                c[e.Pinyin[i]] = c.GetValueOrDefault(e.Pinyin[i]) + weight;
                if (t.Count == s.Count && !string.Equals(t[i], s[i], StringComparison.Ordinal))
                {
                    if (!trad.TryGetValue(t[i], out var tc))
                    {
                        trad[t[i]] = tc = new Dictionary<string, int>(StringComparer.Ordinal);
                    }
                    tc[s[i]] = tc.GetValueOrDefault(s[i]) + 1;
                }
            }
        }
        var readings = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (ch, c) in counts)
        {
            var ordered = c.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
            var top = ordered[0].Value;
            readings[ch] = ordered.Where(kv => kv.Value >= Math.Max(1.0, top * 0.1)).Take(3).Select(kv => kv.Key).ToList();
            if (readings[ch].Count == 0)
            {
                readings[ch].Add(ordered[0].Key);
            }
        }
        var tradToSimp = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (t, c) in trad)
        {
            if (!counts.ContainsKey(t) || c.Values.Sum() > 2)
            {
                tradToSimp[t] = c.OrderByDescending(kv => kv.Value).First().Key;
            }
        }
        return (readings, tradToSimp);
    }

    public static void Write(string path, Dictionary<string, List<string>> readings, Dictionary<string, string> tradToSimp)
    {
        var sb = new StringBuilder();
        sb.Append("# Han character -> toneless pinyin readings (most used first); traditional -> =simplified.\n");
        sb.Append("# Derived from CC-CEDICT (MDBG), CC BY-SA 4.0. Regenerate: dotnet run --project bench/Concord.Benchmarks -- build-tables\n");
        foreach (var (ch, r) in readings.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            sb.Append(ch).Append('\t').Append(string.Join(',', r)).Append('\n');
        }
        foreach (var (t, s) in tradToSimp.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            sb.Append(t).Append("\t=").Append(s).Append('\n');
        }
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }

    public static List<string> Chars(string s)
    {
        var list = new List<string>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length)
            {
                list.Add(s.Substring(i, 2));
                i++;
            }
            else
            {
                list.Add(s[i].ToString());
            }
        }
        return list;
    }

    private static bool IsSyllable(string s) => s.Length is > 0 and <= 6 && s.All(c => c is >= 'a' and <= 'z');
}
