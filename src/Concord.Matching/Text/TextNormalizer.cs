using System.Globalization;
using System.Text;

namespace Concord.Matching.Text;

/// <summary>
/// First step for every name: NFKC, lower case (invariant), diacritics folded for Latin, vowel
/// marks dropped for Arabic, Hebrew and Greek, and a split into words at spaces, punctuation,
/// hyphens and name middle dots (· ・).
/// </summary>
public static class TextNormalizer
{
    /// <summary>Splits a name into normalised words.</summary>
    public static List<RawToken> Tokenize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = new List<RawToken>(4);
        var text = name.IsNormalized(NormalizationForm.FormKC) ? name : name.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(text.Length);
        var start = -1;
        var joinNext = false;

        void Flush(int end)
        {
            if (sb.Length > 0)
            {
                var norm = sb.ToString();
                tokens.Add(new RawToken(norm, ScriptDetector.Dominant(norm), text[start..end], joinNext && tokens.Count > 0));
                joinNext = false;
            }
            sb.Clear();
            start = -1;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length)
            {
                if (start < 0)
                {
                    start = i;
                }
                sb.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (LatinFolding.IsApostrophe(c))
            {
                continue;
            }
            if (IsHyphen(c))
            {
                Flush(i);
                joinNext = true;
                continue;
            }
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                var script = ScriptDetector.Of(c);
                if (sb.Length > 0 && script is Script.Thai or Script.Devanagari)
                {
                    sb.Append(c);
                }
                continue;
            }
            if (c == '\u0640' || c == '\u200C' || c == '\u200D')
            {
                continue; // Arabic tatweel, zero-width (non-)joiners
            }
            if (!char.IsLetterOrDigit(c))
            {
                Flush(i);
                continue;
            }
            if (start < 0)
            {
                start = i;
            }
            AppendLetter(sb, c);
        }
        Flush(text.Length);
        return tokens;
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' or '_';

    private static void AppendLetter(StringBuilder sb, char c)
    {
        var lower = char.ToLowerInvariant(c);
        switch (ScriptDetector.Of(lower))
        {
            case Script.Latin:
                LatinFolding.Append(sb, lower);
                break;
            case Script.Greek:
                AppendGreek(sb, lower);
                break;
            default:
                sb.Append(lower);
                break;
        }
    }

    private static void AppendGreek(StringBuilder sb, char c)
    {
        if (c == 'ς')
        {
            sb.Append('σ');
            return;
        }
        foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(d);
            }
        }
    }
}
