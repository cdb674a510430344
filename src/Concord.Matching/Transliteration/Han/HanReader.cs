using System.Text;
using Concord.Matching.Index;
using Concord.Matching.Phonetics;

namespace Concord.Matching.Transliteration.Han;

/// <summary>
/// Reads a name written in Han characters in every way it may be romanized: as a Chinese name
/// (surname in all regional spellings + given name in pinyin and Wade–Giles), as a Korean or
/// Japanese name, as a dictionary name, and as a Chinese transcription of a foreign name.
/// Each reading is a list of words, each word a list of P-forms (transcriptions also carry the
/// characters, prefixed '^', for model scoring).
/// </summary>
internal static class HanReader
{
    /// <summary>Marks a form that holds Han characters of a transcription rather than a P-form.</summary>
    public const char TranscriptionTag = '^';

    /// <summary>All readings of a one-word Han name (no middle dots).</summary>
    public static List<HanNameReading> ReadName(string word)
    {
        var han = HanTable.Instance;
        var cps = han.SimplifiedCodePoints(word);
        var readings = new List<HanNameReading>(4);
        if (cps.Length == 0)
        {
            return readings;
        }
        var chinese = ChineseReading(cps);
        if (chinese is not null)
        {
            readings.Add(new(chinese));
        }
        var japanese = JapaneseReading(cps);
        if (japanese is not null)
        {
            readings.Add(new(japanese));
        }
        foreach (var lexical in LexiconReadings(cps, dotted: false))
        {
            readings.Add(new(lexical));
        }
        if (cps.Length >= 2 && (chinese is null || TranscriptionLikeness(cps) >= 0.75))
        {
            // Two characters led by a Chinese surname (马丽, 谢娜) are more likely a Chinese name than a foreign one
            // written in Chinese: the foreign reading stays, as a lead below the alert threshold.
            // Its spellings are weak ones too, so that in a list they do not make Latin words common (son, filip).
            var possible = chinese is not null && cps.Length == 2 && ChineseSurnames.Instance.PrefixLength(cps) == 1;
            var forms = TranscriptionForms(cps);
            if (possible)
            {
                for (var i = 0; i < forms.Count; i++)
                {
                    if (char.IsAsciiLetterLower(forms[i][0]))
                    {
                        forms[i] = FormSimilarity.WeakTag + forms[i];
                    }
                }
            }
            readings.Add(new([forms], possible ? HanNameReading.PossibleReadingCeiling : 1f));
        }
        if (readings.Count == 0)
        {
            readings.Add(new([[PhoneticKey.Form(Pinyin(cps, 0, cps.Length))]]));
        }
        return readings;
    }

    /// <summary>Forms of one part of a dotted foreign name (斯维亚托斯拉夫·里赫特): dictionary names and decodings.</summary>
    public static List<string> ReadTranscribedPart(string word)
    {
        var cps = HanTable.Instance.SimplifiedCodePoints(word);
        var forms = TranscriptionForms(cps);
        foreach (var lexical in LexiconReadings(cps, dotted: true))
        {
            foreach (var unit in lexical)
            {
                foreach (var f in unit)
                {
                    if (!forms.Contains(f))
                    {
                        forms.Insert(0, f);
                    }
                }
            }
        }
        return forms;
    }

    private static List<string> TranscriptionForms(int[] cps)
    {
        var forms = new List<string>(4);
        foreach (var (form, _) in TranscriptionModel.Instance.Decode(cps, 3))
        {
            forms.Add(form);
        }
        forms.Add(TranscriptionTag + ChineseSurnames.Text(cps, cps.Length));
        return forms;
    }

    /// <summary>Share of characters that are common in transcriptions of foreign names.</summary>
    private static double TranscriptionLikeness(int[] cps)
    {
        var model = TranscriptionModel.Instance;
        var common = 0;
        foreach (var cp in cps)
        {
            if (model.Frequency(cp) >= 60)
            {
                common++;
            }
        }
        return (double)common / cps.Length;
    }

    private static string Pinyin(int[] cps, int start, int end)
    {
        var sb = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            var r = HanTable.Instance.Readings(cps[i]);
            if (r.Length > 0)
            {
                sb.Append(r[0]);
            }
        }
        return sb.ToString();
    }

    private static string WadeGilesOf(int[] cps, int start, int end)
    {
        var sb = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            var r = HanTable.Instance.Readings(cps[i]);
            if (r.Length > 0)
            {
                sb.Append(WadeGiles.FromPinyin(r[0]));
            }
        }
        return sb.ToString();
    }

    private static void AddForm(List<string> forms, string latin)
    {
        var f = PhoneticKey.Form(latin);
        if (f.Length > 0 && !forms.Contains(f))
        {
            forms.Remove(FormSimilarity.WeakTag + f);
            forms.Add(f);
        }
    }

    /// <summary>
    /// A Chinese name: surname and given name in pinyin (full weight), and as weaker alternative
    /// forms the regional surname spellings, Wade–Giles and the Korean reading. Two Han names that
    /// only meet through alternative spellings (章/郑 both "Chang", 京/庆 both "Ching") are thus
    /// not taken for the same name.
    /// </summary>
    private static List<List<string>>? ChineseReading(int[] cps)
    {
        var surnames = ChineseSurnames.Instance;
        var surnameLength = surnames.PrefixLength(cps);
        if (cps.Length == 1)
        {
            var forms = new List<string>();
            var readings = HanTable.Instance.Readings(cps[0]);
            for (var i = 0; i < readings.Length; i++)
            {
                if (i == 0)
                {
                    AddForm(forms, readings[i]);
                }
                else
                {
                    AddWeak(forms, readings[i]);
                }
            }
            foreach (var v in surnames.Variants(ChineseSurnames.Text(cps, 1)) ?? [])
            {
                AddWeak(forms, v);
            }
            return forms.Count == 0 ? null : [forms];
        }
        if (cps.Length > 5 || (surnameLength == 0 && cps.Length > 3))
        {
            return null;
        }
        var split = surnameLength == 0 ? 1 : surnameLength;
        var surnameForms = new List<string>();
        var variants = surnames.Variants(ChineseSurnames.Text(cps, split)) ?? [];
        if (variants.Length > 0)
        {
            AddForm(surnameForms, variants[0]); // the mainland (pinyin) spelling of the surname reading
        }
        AddForm(surnameForms, Pinyin(cps, 0, split));
        foreach (var v in variants.Skip(1))
        {
            AddWeak(surnameForms, v);
        }
        AddWeak(surnameForms, WadeGilesOf(cps, 0, split));
        var givenForms = new List<string>();
        AddForm(givenForms, Pinyin(cps, split, cps.Length));
        AddWeak(givenForms, WadeGilesOf(cps, split, cps.Length));
        if (split == 1)
        {
            AddKorean(cps, surnameForms, givenForms);
        }
        if (surnameForms.Count == 0 || givenForms.Count == 0)
        {
            return null;
        }
        return [surnameForms, givenForms];
    }

    private static void AddKorean(int[] cps, List<string> surnameForms, List<string> givenForms)
    {
        var lex = NameLexicon.Instance;
        var hangul = new StringBuilder(cps.Length);
        foreach (var cp in cps)
        {
            if (!lex.KoreanReadings.TryGetValue(cp, out var syllable))
            {
                return;
            }
            hangul.Append(syllable);
        }
        var words = HangulRomanizer.ReadName(hangul.ToString());
        if (words.Count != 2)
        {
            return;
        }
        foreach (var s in words[0])
        {
            AddWeak(surnameForms, s);
        }
        foreach (var g in words[1])
        {
            AddWeak(givenForms, g);
        }
    }

    /// <summary>Adds a weaker alternative spelling ('%'), unless the spelling is already there.</summary>
    private static void AddWeak(List<string> forms, string latin)
    {
        var f = PhoneticKey.Form(latin);
        if (f.Length > 0 && !forms.Contains(f) && !forms.Contains(FormSimilarity.WeakTag + f))
        {
            forms.Add(FormSimilarity.WeakTag + f);
        }
    }

    private static List<List<string>>? JapaneseReading(int[] cps)
    {
        var lex = NameLexicon.Instance;
        for (var len = Math.Min(3, cps.Length); len >= 1; len--)
        {
            if (!lex.JapaneseSurnames.TryGetValue(ChineseSurnames.Text(cps, len), out var surname))
            {
                continue;
            }
            if (len == cps.Length)
            {
                return [[PhoneticKey.Form(surname)]];
            }
            var rest = ChineseSurnames.Text(cps[len..], cps.Length - len);
            if (lex.JapaneseGivenNames.TryGetValue(rest, out var given))
            {
                return [[PhoneticKey.Form(surname)], [PhoneticKey.Form(given)]];
            }
        }
        return null;
    }

    private static IEnumerable<List<List<string>>> LexiconReadings(int[] cps, bool dotted)
    {
        if (!NameLexicon.Instance.Names.TryGetValue(ChineseSurnames.Text(cps, cps.Length), out var names))
        {
            yield break;
        }
        foreach (var latin in names)
        {
            var words = latin;
            if (words.Length > 1 && (dotted || SyllableCount(words) != cps.Length))
            {
                words = [words[^1]];
            }
            var reading = new List<List<string>>(words.Length);
            foreach (var w in words)
            {
                var f = PhoneticKey.Form(w);
                if (f.Length > 0)
                {
                    reading.Add([f]);
                }
            }
            if (reading.Count > 0)
            {
                yield return reading;
            }
        }
    }

    private static int SyllableCount(string[] words)
    {
        var n = 0;
        foreach (var w in words)
        {
            n += w.Length <= 4 ? 1 : 2;
        }
        return n;
    }
}

/// <summary>One reading of a Han name: its parts (surname, given name; or one part), each with its forms.</summary>
/// <param name="Ceiling">The highest score the reading may give (see <see cref="Names.NameReading.Ceiling"/>).</param>
internal sealed record HanNameReading(List<List<string>> Parts, float Ceiling = 1f)
{
    /// <summary>
    /// A reading that is only possible (马丽 as Maria rather than Ma Li): its best match scores just below the
    /// default alert threshold, so it is offered as a candidate but does not alert by itself.
    /// </summary>
    public const float PossibleReadingCeiling = 0.78f;
}
