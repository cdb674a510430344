using System.Text;
using Concord.Matching.Index;
using Concord.Matching.Model;
using Concord.Matching.Organisations;
using Concord.Matching.Phonetics;
using Concord.Matching.Text;
using Concord.Matching.Transliteration;
using Concord.Matching.Transliteration.Han;

namespace Concord.Matching.Names;

/// <summary>
/// Turns a name as written into its readings: words in order with their role (name, patronymic,
/// particle, initial, title, legal form) and the forms they are compared by, plus joined pairs.
/// The same code runs for watch-list names and for queries, so both sides meet in one form.
/// </summary>
internal static class NameParser
{
    private sealed class Draft
    {
        public required string Original;
        public required List<string> Forms;
        public NamePartRole Role;
        public required string Method;
        public bool Joined;
        public bool PlainLatin;
    }

    public static List<NameReading> Parse(string text, EntityKind kind)
    {
        var tokens = TextNormalizer.Tokenize(text);
        var readings = new List<NameReading>(2);
        if (tokens.Count == 0)
        {
            return readings;
        }
        if (IsSingleHanName(tokens, out var hanWord))
        {
            if (kind == EntityKind.Person || (kind == EntityKind.Unknown && HanLegalSuffix(hanWord) is null))
            {
                foreach (var r in HanReader.ReadName(hanWord))
                {
                    var drafts = r.Parts.Select(forms => new Draft { Original = hanWord, Forms = forms, Method = MethodOf(forms), PlainLatin = true }).ToList();
                    if (r.Parts.Count == 2)
                    {
                        drafts[0].Original = Surname(hanWord);
                        drafts[1].Original = hanWord[drafts[0].Original.Length..];
                    }
                    readings.Add(Build(drafts, noOptionalParts: r.Parts.Count == 2, ceiling: r.Ceiling)); // surname + given name: no middle names
                }
                return readings;
            }
        }
        if (tokens.Count == 1 && tokens[0].Script == Script.Hangul)
        {
            var words = HangulRomanizer.ReadName(tokens[0].Text);
            var drafts = words.Select((w, i) => new Draft
            {
                Original = words.Count == 2 ? (i == 0 ? tokens[0].Original[..1] : tokens[0].Original[1..]) : tokens[0].Original,
                Forms = Distinct(w.Select(x => PhoneticKey.Form(x))),
                Method = "Hangul → Latin (RR, McCune–Reischauer)",
                PlainLatin = true,
            }).ToList();
            readings.Add(Build(drafts));
            return readings;
        }
        var keys = tokens.Select(TokenKey.Of).ToList();
        if (kind == EntityKind.Unknown && LooksLikeOrganisation(keys))
        {
            kind = EntityKind.Organization; // a legal form or an organisation word says what the caller did not
        }
        if (kind != EntityKind.Organization && text.Contains(',', StringComparison.Ordinal))
        {
            MoveTrailingAbd(tokens, keys);
        }
        var compounds = new List<NameUnit>(0);
        var main = Build(Words(tokens, keys, kind, compounds), kind, compounds);
        readings.Add(main);
        if (kind != EntityKind.Person)
        {
            AddAcronym(readings, main, tokens);
        }
        return readings;
    }

    /// <summary>
    /// Organisations are known by acronyms (BNC for Banco Nacional de Cuba): a name of three or more
    /// words gets a reading "#A:" + its initials; a short word (or letters B.N.C.) gets "#a:" + itself.
    /// Only an acronym meets the initials of a name (never two names with the same initials).
    /// </summary>
    private static void AddAcronym(List<NameReading> readings, NameReading main, IReadOnlyList<RawToken> tokens)
    {
        var words = main.Units.Where(u => u.Span == 1).ToList();
        if (words.Count == 0 || tokens.Any(t => t.Script is not (Script.Latin or Script.Cyrillic or Script.Digit)))
        {
            return;
        }
        if (words.All(u => u.Role == NamePartRole.Initial) && words.Count >= 2)
        {
            var letters = string.Concat(words.Select(u => u.Forms[0][0]));
            if (letters.Length >= 3)
            {
                readings.Add(new NameReading { Units = [new NameUnit { Original = string.Join('.', words.Select(u => u.Original)), Forms = ["#a:" + letters], Method = "acronym", Start = 0 }], WordCount = 1 });
            }
            return;
        }
        var significant = words.Where(u => u.Role is NamePartRole.Name or NamePartRole.OrgTerm).ToList();
        AddInitials(readings, significant);
        // Acronyms usually leave out the small words: KCST for Korean Committee for Space Technology.
        var content = significant.Where(u => !SkippedInAcronyms(FirstKey(u))).ToList();
        if (content.Count != significant.Count)
        {
            AddInitials(readings, content);
        }
    }

    private static void AddInitials(List<NameReading> readings, List<NameUnit> significant)
    {
        if (significant.Count is < 3 or > 8)
        {
            return;
        }
        var initials = string.Concat(significant.Select(u => FirstKey(u) is { Length: > 0 } k ? k[0] : '?'));
        if (initials.All(char.IsAsciiLetterOrDigit))
        {
            readings.Add(new NameReading { Units = [new NameUnit { Original = string.Join(' ', significant.Select(u => u.Original)), Forms = ["#A:" + initials], Method = "initials of the name", Start = 0 }], WordCount = 1 });
        }
    }

    private static string FirstKey(NameUnit unit) => TextNormalizer.Tokenize(unit.Original) is { Count: > 0 } t ? TokenKey.Of(t[0]) : "";

    /// <summary>
    /// Small words an acronym leaves out: the function words of organisation names (and the particles,
    /// which are never among the significant words), and a few more.
    /// </summary>
    private static bool SkippedInAcronyms(string key) =>
        LatinNameRules.IsFunctionWord(key) || key is "les" or "do" or "v";

    private static string Surname(string hanWord)
    {
        var cps = HanTable.Instance.SimplifiedCodePoints(hanWord);
        var n = Math.Max(1, ChineseSurnames.Instance.PrefixLength(cps));
        var idx = 0;
        var count = 0;
        foreach (var rune in hanWord.EnumerateRunes())
        {
            if (count == n)
            {
                break;
            }
            idx += rune.Utf16SequenceLength;
            count++;
        }
        return hanWord[..idx];
    }

    private static string MethodOf(List<string> forms) =>
        forms.Exists(f => f.Length > 0 && f[0] == HanReader.TranscriptionTag) ? "Chinese transcription of a foreign name" : "Han → Latin (pinyin, Wade–Giles, regional, Korean, Japanese readings)";

    private static bool IsSingleHanName(List<RawToken> tokens, out string word)
    {
        word = "";
        if (tokens.Count == 1 && tokens[0].Script == Script.Han)
        {
            word = tokens[0].Text;
            return true;
        }
        // 山田 太郎, 金 正恩: a short family name written apart from the given name.
        if (tokens.Count == 2 && tokens[0].Script == Script.Han && tokens[1].Script == Script.Han
            && tokens[0].Text.Length <= 2 && tokens[0].Text.Length + tokens[1].Text.Length <= 5
            && (ChineseSurnames.Instance.Variants(tokens[0].Text) is not null || NameLexicon.Instance.JapaneseSurnames.ContainsKey(tokens[0].Text)))
        {
            word = tokens[0].Text + tokens[1].Text;
            return true;
        }
        return false;
    }

    private static List<string> Distinct(IEnumerable<string> forms)
    {
        var list = new List<string>(4);
        foreach (var f in forms)
        {
            if (f.Length > 0 && !list.Contains(f))
            {
                list.Add(f);
            }
        }
        return list;
    }

    private static readonly HashSet<string> GenerationalSuffixes = new(["jr", "sr", "ii", "iii", "iv"], StringComparer.Ordinal);

    /// <param name="compounds">Receives units over several words read as one (al-Dīn compounds), positioned in the returned drafts.</param>
    private static List<Draft> Words(List<RawToken> tokens, List<string> keys, EntityKind kind, List<NameUnit> compounds)
    {
        var korean = kind != EntityKind.Organization && tokens.All(t => t.Script == Script.Latin) && KoreanLatin.LooksKorean(keys);
        var drafts = new List<Draft>(tokens.Count);
        var n = tokens.Count;
        var start = 0;
        if (kind != EntityKind.Organization)
        {
            while (start < n - 1)
            {
                var (len, _) = Titles.Phrases.Match(keys, start);
                if (len == 0 || start + len >= n || keys[start] == "md")
                {
                    break; // "Md" before a name is Muhammad (Md Abdul Karim); the degree MD follows the name
                }
                for (var k = 0; k < len; k++)
                {
                    drafts.Add(new Draft { Original = tokens[start + k].Original, Forms = [PhoneticKey.Form(keys[start + k])], Role = NamePartRole.Title, Method = "title" });
                }
                start += len;
            }
        }
        var end = n;
        // A generational suffix after a person's name (Lavilla Jr, Smith III) is not a name word.
        var trailingSuffix = new List<Draft>();
        if (kind != EntityKind.Organization && end - start >= 3 && tokens[end - 1].Script == Script.Latin && GenerationalSuffixes.Contains(keys[end - 1]))
        {
            trailingSuffix.Add(new Draft { Original = tokens[end - 1].Original, Forms = [PhoneticKey.Form(keys[end - 1])], Role = NamePartRole.Title, Method = "generational suffix" });
            end--;
        }
        var trailingLegal = new List<Draft>();
        var leadingLegal = new List<Draft>();
        if (kind != EntityKind.Person && n - start >= 2)
        {
            var (len, cls) = LegalForms.Phrases.MatchEndingAt(keys, end);
            if (len > 0 && end - len > start && Plausible(keys, end - len, len, kind))
            {
                trailingLegal.Add(Legal(tokens, keys, end - len, end, cls!));
                end -= len;
            }
            var (lenStart, clsStart) = LegalForms.Phrases.Match(keys, start);
            if (lenStart > 0 && start + lenStart < end && Plausible(keys, start, lenStart, kind))
            {
                leadingLegal.Add(Legal(tokens, keys, start, start + lenStart, clsStart!));
                start += lenStart;
            }
        }
        drafts.AddRange(leadingLegal);
        var body = new List<Draft>();
        for (var i = start; i < end; i++)
        {
            var t = tokens[i];
            var key = keys[i];
            // A legal form of several words inside the name (NOVOPOLOTSK LIMITED LIABILITY COMPANY INTERSERVICE).
            if (kind != EntityKind.Person && i > start && i < end - 1)
            {
                var (midLen, midCls) = LegalForms.Phrases.Match(keys, i);
                if (midLen >= 2 && i + midLen < end)
                {
                    body.Add(Legal(tokens, keys, i, i + midLen, midCls!));
                    i += midLen - 1;
                    continue;
                }
            }
            if (t.Script is Script.Latin or Script.Cyrillic && LatinNameRules.IsAbdPrefix(key) && i + 1 < end && tokens[i + 1].Script is Script.Latin or Script.Cyrillic)
            {
                var j = i + 1;
                if (LatinNameRules.IsArticle(keys[j]) && j + 1 < end)
                {
                    j++;
                }
                var joined = LatinNameRules.JoinAbd(keys[j]);
                var abdForms = new List<string> { PhoneticKey.Form(joined) };
                AddAbdStem(abdForms, joined);
                body.Add(new Draft { Original = Originals(tokens, i, j + 1), Forms = abdForms, Method = "Arabic compound with ʿabd joined", PlainLatin = true, Joined = t.JoinedToPrevious });
                i = j;
                continue;
            }
            if (t.Script is Script.Latin or Script.Cyrillic && DinCompoundEnd(tokens, keys, i, end) is var dinEnd and > 0)
            {
                // The words stay words (Salah matches Salah); the compound is one more unit over all of them.
                compounds.Add(new NameUnit
                {
                    Original = Originals(tokens, i, dinEnd),
                    Forms = [PhoneticKey.Form(keys[i] + "din")],
                    Role = NamePartRole.Name,
                    Method = "Arabic compound with al-Dīn joined",
                    Start = drafts.Count + body.Count,
                    Span = dinEnd - i,
                });
            }
            if (t.Script == Script.Arabic && t.Text == "عبد" && i + 1 < end && tokens[i + 1].Script == Script.Arabic)
            {
                var next = StripArabicArticle(tokens[i + 1].Text);
                body.Add(new Draft { Original = Originals(tokens, i, i + 2), Forms = ["~A" + "bd" + ArabicTransliterator.ToAbjad(next)], Method = "Arabic script (consonants and long vowels)" });
                i++;
                continue;
            }
            if (t.Script == Script.Han)
            {
                body.AddRange(HanPart(t, kind));
                continue;
            }
            body.AddRange(Word(t, key, kind, n, korean));
        }
        MarkPatronymics(body);
        drafts.AddRange(body);
        drafts.AddRange(trailingLegal);
        drafts.AddRange(trailingSuffix);
        return drafts;
    }

    private static IEnumerable<Draft> HanPart(RawToken t, EntityKind kind)
    {
        var text = t.Text;
        if (kind != EntityKind.Person)
        {
            var suffix = HanLegalSuffix(text);
            if (suffix is not null)
            {
                var body = text[..^suffix.Value.Suffix.Length];
                var cps = HanTable.Instance.SimplifiedCodePoints(body);
                var pinyin = new StringBuilder();
                foreach (var cp in cps)
                {
                    var r = HanTable.Instance.Readings(cp);
                    pinyin.Append(r.Length > 0 ? r[0] : "");
                }
                yield return new Draft { Original = body, Forms = [PhoneticKey.Form(pinyin.ToString())], Method = "Han → Latin (pinyin)" };
                yield return new Draft { Original = suffix.Value.Suffix, Forms = ["#l:" + suffix.Value.Suffix, "#" + suffix.Value.Class], Role = NamePartRole.LegalForm, Method = "legal form " + suffix.Value.Class };
                yield break;
            }
        }
        var forms = HanReader.ReadTranscribedPart(text);
        foreach (var g in NameSymbols.Of(text))
        {
            forms.Add(g);
        }
        yield return new Draft { Original = t.Original, Forms = forms, Method = "Chinese transcription of a foreign name", PlainLatin = false };
    }

    private static (string Suffix, string Class)? HanLegalSuffix(string text)
    {
        foreach (var (suffix, cls) in LegalForms.HanSuffixes)
        {
            if (text.Length > suffix.Length && text.EndsWith(suffix, StringComparison.Ordinal))
            {
                return (suffix, cls);
            }
        }
        return null;
    }

    /// <summary>
    /// True if a name of unknown type has a legal form (of several words, or of three letters or more) or
    /// an organisation word that is not also a title (General Major Mupenzi is a person).
    /// </summary>
    private static bool LooksLikeOrganisation(List<string> keys)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (Titles.Phrases.Match(keys, i).Length > 0)
            {
                continue;
            }
            var (len, _) = LegalForms.Phrases.Match(keys, i);
            if (len > 0 && keys.Count > len && Plausible(keys, i, len, EntityKind.Unknown))
            {
                return true;
            }
            foreach (var g in NameSymbols.Of(keys[i]))
            {
                if (g.StartsWith("#o:", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// When the kind is not known, a two-letter word (Yu, Ao, Sa) is a legal form only if it is the
    /// abbreviation of a longer phrase in the list and the name has other words; here it is taken as
    /// a name (Xiao Yu is a person).
    /// </summary>
    private static bool Plausible(List<string> keys, int from, int length, EntityKind kind) =>
        kind == EntityKind.Organization || length > 1 || keys[from].Length > 2;

    /// <summary>A legal form: its own spelling (#l:) and its class (LLC ~ Ltd ~ ООО, a little weaker).</summary>
    private static Draft Legal(List<RawToken> tokens, List<string> keys, int from, int to, string cls) => new()
    {
        Original = Originals(tokens, from, to),
        Forms = ["#l:" + string.Join(' ', keys.Skip(from).Take(to - from)), "#" + cls],
        Role = NamePartRole.LegalForm,
        Method = "legal form " + cls,
    };

    private static string Originals(List<RawToken> tokens, int from, int to)
    {
        var sb = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            if (i > from)
            {
                sb.Append(tokens[i].JoinedToPrevious ? '-' : ' ');
            }
            sb.Append(tokens[i].Original);
        }
        return sb.ToString();
    }

    /// <summary>
    /// "BAQI, Abdul" (surname, comma, given names) is the name Abdul Baqi: an ʿabd word left at the end of
    /// the given names goes before the first name word, so that it is joined with it as in "Abdul Baqi".
    /// </summary>
    private static void MoveTrailingAbd(List<RawToken> tokens, List<string> keys)
    {
        if (tokens.Count < 2 || !LatinNameRules.IsAbdPrefix(keys[^1]) || tokens[^1].Script is not (Script.Latin or Script.Cyrillic))
        {
            return;
        }
        var first = 0;
        while (first < tokens.Count - 1 && LatinNameRules.IsParticle(keys[first]))
        {
            first++;
        }
        if (first >= tokens.Count - 1 || tokens[first].Script is not (Script.Latin or Script.Cyrillic))
        {
            return;
        }
        var abd = tokens[^1] with { JoinedToPrevious = tokens[first].JoinedToPrevious };
        var key = keys[^1];
        tokens.RemoveAt(tokens.Count - 1);
        keys.RemoveAt(keys.Count - 1);
        tokens[first] = tokens[first] with { JoinedToPrevious = false };
        tokens.Insert(first, abd);
        keys.Insert(first, key);
    }

    /// <summary>
    /// The end (exclusive) of an al-Dīn compound that starts at word <paramref name="i"/> (Salah al-Din,
    /// Siraj ud Din, Salah Eddine, Nasir Uddin), or 0 when there is none.
    /// </summary>
    private static int DinCompoundEnd(List<RawToken> tokens, List<string> keys, int i, int end)
    {
        if (i + 1 >= end)
        {
            return 0;
        }
        var dinEnd = LatinNameRules.IsArticle(keys[i + 1])
            ? (i + 2 < end && LatinNameRules.IsDinWord(keys[i + 2], afterArticle: true) ? i + 3 : 0)
            : (LatinNameRules.IsDinWord(keys[i + 1], afterArticle: false) ? i + 2 : 0);
        if (dinEnd == 0)
        {
            return 0; // the common case
        }
        var stem = keys[i];
        if (stem.Length < 2 || LatinNameRules.IsParticle(stem) || LatinNameRules.IsAbdPrefix(stem) || !IsLowerAscii(stem))
        {
            return 0;
        }
        for (var j = i + 1; j < dinEnd; j++)
        {
            if (tokens[j].Script is not (Script.Latin or Script.Cyrillic))
            {
                return 0;
            }
        }
        return dinEnd;
    }

    private static bool IsLowerAscii(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Abdelkader is also written Kader: the name after ʿabd as a weaker form (not for Abdullah).</summary>
    private static void AddAbdStem(List<string> forms, string canonical)
    {
        var stem = canonical[3..];
        if (stem.Length >= 4 && stem != "allah")
        {
            forms.Add(FormSimilarity.WeakTag + PhoneticKey.Form(stem));
        }
    }

    private static string StripArabicArticle(string word) =>
        word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;

    private static IEnumerable<Draft> Word(RawToken t, string key, EntityKind kind, int tokenCount, bool korean = false)
    {
        switch (t.Script)
        {
            case Script.Latin:
            case Script.Cyrillic:
            case Script.Greek:
            case Script.Kana:
            {
                var latinReadings = t.Script switch
                {
                    Script.Latin => [t.Text],
                    Script.Cyrillic => CyrillicTransliterator.ToLatin(t.Text),
                    Script.Greek => GreekTransliterator.ToLatin(t.Text),
                    _ => [KanaRomanizer.ToLatin(t.Text)],
                };
                var canonicalAbd = LatinNameRules.CanonicalAbd(key);
                var forms = Distinct(latinReadings.Select(r => PhoneticKey.Form(LatinNameRules.CanonicalAbd(r) ?? r)));
                if (canonicalAbd is null)
                {
                    var noArticle = LatinNameRules.WithoutAttachedArticle(key);
                    if (noArticle is not null)
                    {
                        forms.Add(FormSimilarity.WeakTag + PhoneticKey.Form(noArticle));
                    }
                }
                else
                {
                    AddAbdStem(forms, canonicalAbd);
                }
                if ((LatinNameRules.CanonicalDin(key) ?? (canonicalAbd is null ? LatinNameRules.CanonicalAllah(key) : null)) is { } compound
                    && PhoneticKey.Form(compound) is var compoundForm && !forms.Contains(compoundForm))
                {
                    forms.Add(compoundForm); // Salahuddin as salahdin, Obaidullah as obaidallah: the spellings of the two-word forms
                    if (compound.EndsWith("din", StringComparison.Ordinal) && compound.Length >= 7)
                    {
                        forms.Add(FormSimilarity.WeakTag + PhoneticKey.Form(compound.AsSpan(0, compound.Length - 3))); // Sirajuddin is also called Siraj
                    }
                }
                if (kind != EntityKind.Organization && LatinNameRules.IsMuhammadAbbreviation(key))
                {
                    forms.Add(PhoneticKey.Form("muhammad")); // Mohd, Mhd, Md
                }
                if (t.Script == Script.Latin && key.Contains('x', StringComparison.Ordinal))
                {
                    forms.Add(PhoneticKey.Form(key.Replace("x", "kh", StringComparison.Ordinal))); // Uzbek Latin, GOST 7.79 x = х
                }
                if (korean && PhoneticKey.Form(KoreanLatin.Neutral(key)) is var neutral && !forms.Contains(neutral))
                {
                    forms.Add(neutral);
                }
                if (t.Script == Script.Latin && BelarusianLatin.ToRussianSpelling(key) is { } russian)
                {
                    var form = PhoneticKey.Form(russian);
                    if (!forms.Contains(form))
                    {
                        forms.Add(form);
                    }
                }
                var role = NamePartRole.Name;
                if (key.Length == 1 && t.Script == Script.Latin)
                {
                    role = NamePartRole.Initial;
                }
                else if (LatinNameRules.IsParticle(key) || (kind == EntityKind.Organization && tokenCount > 2 && LatinNameRules.IsFunctionWord(key)))
                {
                    role = NamePartRole.Particle;
                }
                else if (LatinNameRules.IsPatronymic(key) && kind != EntityKind.Organization)
                {
                    role = NamePartRole.Patronymic;
                }
                foreach (var g in NameSymbols.Of(key, forms[0]))
                {
                    forms.Add(g);
                    if (g.StartsWith("#o:", StringComparison.Ordinal) && kind != EntityKind.Person)
                    {
                        role = NamePartRole.OrgTerm;
                    }
                }
                if ((kind == EntityKind.Organization || tokenCount == 1) && t.Script == Script.Latin && key.Length is >= 3 and <= 8 && role != NamePartRole.Particle)
                {
                    forms.Add("#a:" + key);
                }
                yield return new Draft
                {
                    Original = t.Original,
                    Forms = forms,
                    Role = role,
                    Method = t.Script switch
                    {
                        Script.Latin => "Latin",
                        Script.Cyrillic => "Cyrillic → Latin (BGN/PCGN, ICAO 9303, GOST 7.79)",
                        Script.Greek => "Greek → Latin (ELOT 743)",
                        _ => "Kana → Latin (Hepburn)",
                    },
                    Joined = t.JoinedToPrevious,
                    PlainLatin = true,
                };
                yield break;
            }
            case Script.Arabic:
            {
                var word = t.Text;
                if (word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal))
                {
                    yield return new Draft { Original = "ال", Forms = ["al"], Role = NamePartRole.Particle, Method = "Arabic article" };
                    word = word[2..];
                    foreach (var d in ArabicWord(t with { Text = word }, word, joined: true))
                    {
                        yield return d;
                    }
                    yield break;
                }
                foreach (var d in ArabicWord(t, word, t.JoinedToPrevious))
                {
                    yield return d;
                }
                yield break;
            }
            case Script.Hebrew:
                yield return new Draft { Original = t.Original, Forms = ["~" + HebrewTransliterator.ToAbjad(t.Text)], Method = "Hebrew script (consonants)", Joined = t.JoinedToPrevious };
                yield break;
            case Script.Thai:
                yield return new Draft { Original = t.Original, Forms = ["~" + ThaiTransliterator.ToAbjad(t.Text)], Method = "Thai → Latin (RTGS consonants)", Joined = t.JoinedToPrevious };
                yield break;
            case Script.Hangul:
            {
                var forms = Distinct(HangulRomanizer.ReadWord(t.Text).Select(x => PhoneticKey.Form(x)));
                yield return new Draft { Original = t.Original, Forms = forms, Method = "Hangul → Latin (RR, McCune–Reischauer)", Joined = t.JoinedToPrevious, PlainLatin = true };
                yield break;
            }
            case Script.Digit:
                yield return new Draft { Original = t.Original, Forms = [t.Text], Role = NamePartRole.Number, Method = "number" };
                yield break;
            default:
                yield return new Draft { Original = t.Original, Forms = [t.Text], Method = "as written", Joined = t.JoinedToPrevious };
                yield break;
        }
    }

    private static IEnumerable<Draft> ArabicWord(RawToken t, string word, bool joined)
    {
        var abjad = ArabicTransliterator.ToAbjad(word);
        var role = word is "بن" or "ابن" or "بنت" ? NamePartRole.Particle : NamePartRole.Name;
        var forms = new List<string> { "~" + abjad };
        foreach (var g in NameSymbols.Of(word))
        {
            forms.Add(g);
        }
        yield return new Draft { Original = t.Original, Forms = forms, Role = role, Method = "Arabic script (consonants and long vowels)", Joined = joined };
    }

    private static void MarkPatronymics(List<Draft> body)
    {
        // A patronymic is never the only name; if every word looks like one, none is.
        var names = body.Count(d => d.Role == NamePartRole.Name);
        if (names == 0)
        {
            foreach (var d in body)
            {
                if (d.Role == NamePartRole.Patronymic)
                {
                    d.Role = NamePartRole.Name;
                }
            }
        }
    }

    /// <param name="compounds">Units over several of the drafts (al-Dīn compounds), added as they are.</param>
    /// <param name="noOptionalParts">See <see cref="NameReading.NoOptionalParts"/>.</param>
    /// <param name="ceiling">See <see cref="NameReading.Ceiling"/>.</param>
    private static NameReading Build(List<Draft> drafts, EntityKind kind = EntityKind.Unknown, List<NameUnit>? compounds = null, bool noOptionalParts = false, float ceiling = 1f)
    {
        var units = new List<NameUnit>(drafts.Count + 2);
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.Forms.Count == 0)
            {
                d.Forms.Add(d.Original);
            }
            units.Add(new NameUnit { Original = d.Original, Forms = [.. d.Forms], Role = d.Role, Method = d.Method, Start = i });
        }
        for (var i = 0; i + 1 < drafts.Count; i++)
        {
            var a = drafts[i];
            var b = drafts[i + 1];
            if (!a.PlainLatin || !b.PlainLatin || a.Role is NamePartRole.LegalForm or NamePartRole.Title || b.Role is NamePartRole.LegalForm or NamePartRole.Title)
            {
                continue;
            }
            var shortPair = a.Forms[0].Length <= 4 && b.Forms[0].Length <= 5 && a.Role == NamePartRole.Name && b.Role == NamePartRole.Name;
            var articlePair = a.Role == NamePartRole.Particle && b.Joined && b.Role == NamePartRole.Name;
            var allahPair = a.Role == NamePartRole.Name && b.Role == NamePartRole.Name && b.Original.Length >= 4 && b.Forms[0] is "ala" or "ula" or "ola" or "ila";
            if (!shortPair && !b.Joined && !articlePair && !allahPair)
            {
                continue;
            }
            var forms = new List<string>(4);
            if (allahPair && Spelled(a.Forms[0]))
            {
                forms.Add(Join(a.Forms[0], AllahForm)); // Habib Ullah, Ubayd Allah as habibala, ubaidala: as Habibullah, Obaidullah are read
            }
            for (var x = 0; x < Math.Min(2, a.Forms.Count); x++)
            {
                for (var y = 0; y < Math.Min(2, b.Forms.Count); y++)
                {
                    if (!Spelled(a.Forms[x]) || !Spelled(b.Forms[y]))
                    {
                        continue;
                    }
                    var joined = Join(a.Forms[x], b.Forms[y]);
                    if (!forms.Contains(joined))
                    {
                        forms.Add(joined);
                    }
                }
            }
            if (forms.Count == 0)
            {
                continue;
            }
            units.Add(new NameUnit
            {
                Original = a.Original + (b.Joined ? "-" : " ") + b.Original,
                Forms = [.. forms],
                Role = NamePartRole.Name,
                Method = a.Method,
                Start = i,
                Span = 2,
            });
        }
        if (compounds is not null)
        {
            units.AddRange(compounds.Where(c => c.Start + c.Span <= drafts.Count));
        }
        return new NameReading { Units = [.. units], WordCount = drafts.Count, Kind = kind, NoOptionalParts = noOptionalParts, Ceiling = ceiling };
    }

    /// <summary>The P-form of Allah, which <see cref="LatinNameRules.CanonicalAllah"/> puts at the end of a one-word compound.</summary>
    private static readonly string AllahForm = PhoneticKey.Form("allah");

    /// <summary>A spelled-out form, not a code (#), Han characters (^), abjad (~) or weak (%) form.</summary>
    private static bool Spelled(string form) => form[0] is not ('#' or '^' or '~' or '%');

    internal static string Join(string a, string b) =>
        a.Length > 0 && b.Length > 0 && a[^1] == b[0] ? a + b[1..] : a + b;
}
