namespace Concord.Matching.Text;

/// <summary>Tells which script a character or a piece of text is written in.</summary>
public static class ScriptDetector
{
    /// <summary>The script of one UTF-16 code unit (surrogates of CJK extension planes count as Han).</summary>
    public static Script Of(char c)
    {
        if (c < 0x80)
        {
            if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
            {
                return Script.Latin;
            }
            return (uint)(c - '0') <= 9 ? Script.Digit : Script.Unknown;
        }
        return c switch
        {
            >= '\u00C0' and <= '\u024F' when c != '\u00D7' && c != '\u00F7' => Script.Latin,
            >= '\u1E00' and <= '\u1EFF' => Script.Latin,
            >= '\u0370' and <= '\u03FF' => Script.Greek,
            >= '\u1F00' and <= '\u1FFF' => Script.Greek,
            >= '\u0400' and <= '\u052F' => Script.Cyrillic,
            >= '\u2DE0' and <= '\u2DFF' => Script.Cyrillic,
            >= '\uA640' and <= '\uA69F' => Script.Cyrillic,
            >= '\u0530' and <= '\u058F' => Script.Armenian,
            >= '\u0590' and <= '\u05FF' => Script.Hebrew,
            >= '\u0600' and <= '\u06FF' => Script.Arabic,
            >= '\u0750' and <= '\u077F' => Script.Arabic,
            >= '\u08A0' and <= '\u08FF' => Script.Arabic,
            >= '\uFB50' and <= '\uFDFF' => Script.Arabic,
            >= '\uFE70' and <= '\uFEFF' when c != '\uFEFF' => Script.Arabic,
            >= '\u0900' and <= '\u097F' => Script.Devanagari,
            >= '\u0E00' and <= '\u0E7F' => Script.Thai,
            >= '\u10A0' and <= '\u10FF' => Script.Georgian,
            >= '\u1100' and <= '\u11FF' => Script.Hangul,
            >= '\u3130' and <= '\u318F' => Script.Hangul,
            >= '\uAC00' and <= '\uD7AF' => Script.Hangul,
            >= '\u3040' and <= '\u30FF' when c != '\u30FB' => Script.Kana,
            >= '\u31F0' and <= '\u31FF' => Script.Kana,
            >= '\u3400' and <= '\u4DBF' => Script.Han,
            >= '\u4E00' and <= '\u9FFF' => Script.Han,
            >= '\uF900' and <= '\uFAFF' => Script.Han,
            >= '\uD800' and <= '\uDBFF' => Script.Han,
            >= '\uDC00' and <= '\uDFFF' => Script.Han,
            '\u3005' => Script.Han,
            _ => Script.Unknown,
        };
    }

    /// <summary>The script most letters of <paramref name="text"/> are written in (digits and marks do not count).</summary>
    public static Script Dominant(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[(int)Script.Digit + 1];
        counts.Clear();
        foreach (var c in text)
        {
            counts[(int)Of(c)]++;
        }
        var best = Script.Unknown;
        var bestCount = 0;
        for (var s = 1; s < (int)Script.Digit; s++)
        {
            if (counts[s] > bestCount)
            {
                bestCount = counts[s];
                best = (Script)s;
            }
        }
        return best == Script.Unknown && counts[(int)Script.Digit] > 0 ? Script.Digit : best;
    }
}
