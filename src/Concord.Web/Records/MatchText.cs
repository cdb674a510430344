using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Matching.Scoring;
using Microsoft.Extensions.Localization;

namespace Concord.Web.Records;

/// <summary>
/// The matcher's explanation of a hit in the UI language. Concord.Matching describes how two name parts were
/// compared in English words ("Cyrillic → Latin (BGN/PCGN, ICAO 9303, GOST 7.79), spelling variant"); this puts
/// each known word or phrase through the resources (keys <c>Match_…</c>) and keeps standards' names (ICAO 9303,
/// GOST 7.79, pinyin tables) as they are. A phrase the table does not know stays in English rather than vanish.
/// </summary>
public static partial class MatchText
{
    /// <summary>English phrase of the matcher → resource key. Longer phrases first, so that they win over their parts.</summary>
    public static readonly IReadOnlyList<(string Phrase, string Key)> Phrases =
    [
        ("Chinese transcription of a foreign name", "Match_ChineseTranscription"),
        ("Arabic compound with ʿabd joined", "Match_AbdCompound"),
        ("Arabic compound with al-Dīn joined", "Match_DinCompound"),
        ("consonants and long vowels", "Match_ConsonantsLongVowels"),
        ("same word in another language", "Match_SameWordOtherLanguage"),
        ("nickname or name variant", "Match_Nickname"),
        ("same after normalisation", "Match_SameAfterNormalisation"),
        ("initials of the name", "Match_InitialsOfName"),
        ("written together/apart", "Match_WrittenTogether"),
        ("Japanese readings", "Match_JapaneseReadings"),
        ("spelling variant", "Match_SpellingVariant"),
        ("Arabic article", "Match_ArabicArticle"),
        ("Hebrew script", "Match_HebrewScript"),
        ("Arabic script", "Match_ArabicScript"),
        ("legal form", "Match_LegalForm"),
        ("consonants", "Match_Consonants"),
        ("as written", "Match_AsWritten"),
        ("Cyrillic", "Match_Cyrillic"),
        ("regional", "Match_Regional"),
        ("acronym", "Match_Acronym"),
        ("initial", "Match_Initial"),
        ("Hangul", "Match_Hangul"),
        ("Korean", "Match_Korean"),
        ("number", "Match_Number"),
        ("pinyin", "Match_Pinyin"),
        ("Latin", "Match_Latin"),
        ("Greek", "Match_Greek"),
        ("exact", "Match_Exact"),
        ("match", "Match_Match"),
        ("title", "Match_Title"),
        ("Kana", "Match_Kana"),
        ("Thai", "Match_Thai"),
        ("Han", "Match_Han"),
    ];

    private static readonly Dictionary<string, string> KeyOf = Phrases.ToDictionary(p => p.Phrase, p => p.Key, StringComparer.Ordinal);

    private static readonly Regex Vocabulary = new(
        @"(?<![\p{L}])(" + string.Join('|', Phrases.Select(p => Regex.Escape(p.Phrase))) + @")(?![\p{L}])",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>How two name parts were compared, in the UI language.</summary>
    public static string How(IStringLocalizer l, string how)
    {
        ArgumentNullException.ThrowIfNull(l);
        return Vocabulary.Replace(how ?? "", m =>
        {
            var text = l[KeyOf[m.Value]];
            return text.ResourceNotFound ? m.Value : text.Value;
        });
    }

    /// <summary>"date of birth: 1985-03-02 / 1985-03-02 — agrees (+0.03)" in the UI language.</summary>
    public static string Attribute(IStringLocalizer l, AttributeCheck check)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(check);
        var name = Label(l, "Match_Attribute_" + check.Attribute, check.Attribute);
        var outcome = Label(l, "Match_Outcome_" + check.Outcome, check.Outcome.ToString().ToLowerInvariant());
        var detail = Documents().Replace(check.Detail, m =>
            string.Format(CultureInfo.InvariantCulture, l["Match_NotAmongDocuments"].Value, m.Groups[1].Value, m.Groups[2].Value));
        if (check.Attribute == "type")
        {
            detail = string.Join(" vs ", detail.Split(" vs ").Select(kind => RecordText.Kind(l, kind == "organization" ? "organisation" : kind)));
        }
        detail = detail.Replace(" vs ", " / ", StringComparison.Ordinal);
        return name + ": " + detail + " — " + outcome + " (" + check.Effect.ToString("+0.00;-0.00", CultureInfo.InvariantCulture) + ")";
    }

    private static string Label(IStringLocalizer l, string key, string fallback)
    {
        var text = l[key];
        return text.ResourceNotFound ? fallback : text.Value;
    }

    [GeneratedRegex(@"^(.*) not among the record's (\d+) document\(s\)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Documents();
}
