using System.Globalization;
using Concord.Matching.Data;
using Concord.Matching.Phonetics;

namespace Concord.Matching.Transliteration.Han;

/// <summary>
/// How Chinese characters transcribe foreign names: for each character (and, for rare ones, its
/// pinyin syllable), the Latin P-form segments it stands for, not at the end and at the end of a
/// word, with probabilities learned by EM (data/zh_transcription.tsv). Decodes 斯维亚托斯拉夫 to
/// "sviatoslav" and scores how well a Latin name fits a Chinese transcription.
/// </summary>
internal sealed class TranscriptionModel
{
    private const int MaxSegment = 5;
    private const float Floor = -9f;
    private static readonly Lazy<TranscriptionModel> Shared = new(Load);
    private readonly Dictionary<long, Segment[]> _chars = [];
    private readonly Dictionary<long, float> _charTotals = [];
    private readonly Dictionary<string, Segment[]> _syllables = new(StringComparer.Ordinal);

    public static TranscriptionModel Instance => Shared.Value;

    /// <summary>One Latin segment a character can stand for.</summary>
    public readonly record struct Segment(string Text, float LogP);

    private static long Key(int codePoint, bool final) => ((long)codePoint << 1) | (final ? 1L : 0L);

    /// <summary>How often the character was seen in transcriptions (0 if never).</summary>
    public float Frequency(int codePoint) =>
        _charTotals.GetValueOrDefault(Key(codePoint, false)) + _charTotals.GetValueOrDefault(Key(codePoint, true));

    /// <summary>The segments a character can stand for, most probable first.</summary>
    public Segment[] Segments(int codePoint, bool final)
    {
        var key = Key(codePoint, final);
        if (_chars.TryGetValue(key, out var segs) && _charTotals.GetValueOrDefault(key) >= 4)
        {
            return segs;
        }
        var readings = HanTable.Instance.Readings(codePoint);
        if (readings.Length > 0 && _syllables.TryGetValue(readings[0] + (final ? "|F" : "|N"), out var bySyllable))
        {
            return bySyllable;
        }
        if (segs is not null)
        {
            return segs;
        }
        return readings.Length > 0 ? [new Segment(PhoneticKey.Form(readings[0]), -1f)] : [];
    }

    /// <summary>The <paramref name="count"/> most probable Latin P-forms of a transcribed word, with log-probabilities.</summary>
    public List<(string Form, float LogP)> Decode(int[] codePoints, int count)
    {
        var beam = new List<(string Text, float LogP)> { ("", 0f) };
        for (var i = 0; i < codePoints.Length; i++)
        {
            var segments = Segments(codePoints[i], i == codePoints.Length - 1);
            if (segments.Length == 0)
            {
                continue;
            }
            var next = new List<(string Text, float LogP)>(beam.Count * 6);
            foreach (var (text, logp) in beam)
            {
                for (var s = 0; s < segments.Length && s < 6; s++)
                {
                    next.Add((text + segments[s].Text, logp + segments[s].LogP));
                }
            }
            next.Sort((a, b) => b.LogP.CompareTo(a.LogP));
            beam = next.Count > 12 ? next.GetRange(0, 12) : next;
        }
        var result = new List<(string, float)>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, logp) in beam)
        {
            var form = PhoneticKey.Form(text);
            if (form.Length > 0 && seen.Add(form))
            {
                result.Add((form, logp));
                if (result.Count == count)
                {
                    break;
                }
            }
        }
        return result;
    }

    /// <summary>
    /// Log-probability of the best alignment of a Latin P-form to the characters (Viterbi), or
    /// <see cref="float.NegativeInfinity"/> when no alignment exists. Unknown segments get a floor.
    /// </summary>
    public float AlignmentLogP(int[] codePoints, ReadOnlySpan<char> latin)
    {
        var n = codePoints.Length;
        var m = latin.Length;
        if (n == 0 || m == 0 || m > 60 || n > 20)
        {
            return float.NegativeInfinity;
        }
        Span<float> prev = stackalloc float[m + 1];
        Span<float> cur = stackalloc float[m + 1];
        prev.Fill(float.NegativeInfinity);
        prev[0] = 0;
        for (var i = 0; i < n; i++)
        {
            cur.Fill(float.NegativeInfinity);
            var segments = Segments(codePoints[i], i == n - 1);
            for (var j = 0; j <= m; j++)
            {
                if (float.IsNegativeInfinity(prev[j]))
                {
                    continue;
                }
                for (var len = 0; len <= MaxSegment && j + len <= m; len++)
                {
                    var piece = latin.Slice(j, len);
                    var lp = Floor - len * 0.5f;
                    foreach (var s in segments)
                    {
                        if (piece.SequenceEqual(s.Text))
                        {
                            lp = s.LogP;
                            break;
                        }
                    }
                    var v = prev[j] + lp;
                    if (v > cur[j + len])
                    {
                        cur[j + len] = v;
                    }
                }
            }
            var t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    private static TranscriptionModel Load()
    {
        var model = new TranscriptionModel();
        foreach (var row in DataFile.Rows("zh_transcription.tsv"))
        {
            if (row.Length < 3)
            {
                continue;
            }
            var key = row[0];
            var total = float.Parse(row[1], CultureInfo.InvariantCulture);
            var segs = row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(p =>
                {
                    var colon = p.LastIndexOf(':');
                    var text = p[..colon];
                    var prob = float.Parse(p[(colon + 1)..], CultureInfo.InvariantCulture);
                    return new Segment(text == "_" ? "" : text, MathF.Log(prob));
                })
                .ToArray();
            var bar = key.LastIndexOf('|');
            var final = key[(bar + 1)..] == "F";
            if (key[0] == '@')
            {
                model._syllables[key[1..]] = segs;
            }
            else
            {
                var k = Key(DataFile.CodePoint(key[..bar]), final);
                model._chars[k] = segs;
                model._charTotals[k] = total;
            }
        }
        return model;
    }
}
