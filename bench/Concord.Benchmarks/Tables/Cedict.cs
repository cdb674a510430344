using System.Globalization;
using System.Text;

namespace Concord.Benchmarks.Tables;

/// <summary>One CC-CEDICT entry: traditional, simplified, toneless lower-case pinyin syllables, glosses.</summary>
internal sealed record CedictEntry(string Traditional, string Simplified, string[] Pinyin, bool ProperNoun, string[] Glosses);

/// <summary>Reads cedict_ts.u8 (CC BY-SA 4.0, MDBG).</summary>
internal static class Cedict
{
    public static List<CedictEntry> Read(string path)
    {
        var list = new List<CedictEntry>(130_000);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var sp1 = line.IndexOf(' ', StringComparison.Ordinal);
            var sp2 = line.IndexOf(' ', sp1 + 1);
            var lb = line.IndexOf('[', StringComparison.Ordinal);
            var rb = line.IndexOf(']', StringComparison.Ordinal);
            if (sp1 < 0 || sp2 < 0 || lb < 0 || rb < lb)
            {
                continue;
            }
            var trad = line[..sp1];
            var simp = line[(sp1 + 1)..sp2];
            var pinyinRaw = line[(lb + 1)..rb].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var proper = pinyinRaw.Length > 0 && char.IsUpper(pinyinRaw[0][0]);
            var pinyin = pinyinRaw.Select(Toneless).ToArray();
            var glossText = line[(rb + 1)..].Trim().Trim('/');
            var glosses = glossText.Split('/', StringSplitOptions.RemoveEmptyEntries);
            list.Add(new CedictEntry(trad, simp, pinyin, proper, glosses));
        }
        return list;
    }

    /// <summary>"Zhang1" → "zhang", "lu:3" → "lu", "r5" → "r".</summary>
    public static string Toneless(string syllable)
    {
        var sb = new StringBuilder(syllable.Length);
        foreach (var c in syllable)
        {
            if (c is >= '0' and <= '9' or ':')
            {
                continue;
            }
            sb.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }
        return sb.ToString().Replace("u:", "u", StringComparison.Ordinal);
    }
}
