using System.Text.RegularExpressions;
using System.Xml.Linq;
using Concord.Matching.Index;
using Concord.Matching.Model;
using Concord.Tests.Support;
using Concord.Web.Records;
using Microsoft.Extensions.Localization;

namespace Concord.Tests.Records;

/// <summary>The matcher explains hits in English words; the UI shows them in Chinese and Russian.</summary>
public sealed partial class MatchTextTests
{
    /// <summary>Names of standards and tables, which stay as written in every language.</summary>
    private static readonly string[] StandardNames =
        ["BGN/PCGN", "ICAO", "GOST", "McCune–Reischauer", "RR", "ELOT", "Hepburn", "RTGS", "Wade–Giles", "ʿabd"];

    /// <summary>A word of three or more Latin letters with a lower-case one (codes such as LLC or KZ are not words).</summary>
    [GeneratedRegex(@"\b(?=[A-Za-z]*[a-z])[A-Za-z]{3,}\b")]
    private static partial Regex EnglishWord();

    /// <summary>Explanations of hits across scripts, kinds and attributes, as the matcher writes them.</summary>
    private static List<Concord.Matching.Scoring.Explanation> Explanations()
    {
        var index = MatchIndex.Build([
            new WatchlistEntry("p1", EntityKind.Person, [new WatchlistName("Mukhammad Rustamovich Abdullaev")])
            {
                BirthDates = [new PartialDate(1985, 3, 2)], Nationalities = ["KZ"], DocumentNumbers = ["N1234567"],
            },
            new WatchlistEntry("p2", EntityKind.Person, [new WatchlistName("Zhang Wei")]) { BirthDates = [new PartialDate(1970)] },
            new WatchlistEntry("p3", EntityKind.Person, [new WatchlistName("Abdul Rahman al-Saadi")]),
            new WatchlistEntry("p4", EntityKind.Person, [new WatchlistName("Salah al-Din Yusupov")]),
            new WatchlistEntry("o1", EntityKind.Organization, [new WatchlistName("Romashka LLC")]),
            new WatchlistEntry("o2", EntityKind.Organization, [new WatchlistName("Kirovsky Plant JSC")]),
        ]);
        ScreeningQuery[] queries =
        [
            new("Абдуллаев Мухаммад Рустамович", PartialDate.TryParse("1985-03-02", out var b) ? b : null, "KZ", "N1234567", EntityKind.Person),
            new("Abdullaev Muhammad", PartialDate.TryParse("1990-01-01", out var c) ? c : null, "RU", "X999", EntityKind.Person),
            new("M. Abdullaev"),
            new("张伟"),
            new("張偉", Kind: EntityKind.Organization),
            new("عبد الرحمن السعدي"),
            new("Salahuddin Yusupov"),
            new("ООО «Ромашка»", Kind: EntityKind.Organization),
            new("АО «Кировский завод»", Kind: EntityKind.Organization),
        ];
        return [.. queries.SelectMany(q => index.Screen(q)).Select(h => h.Explanation)];
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("ru")]
    public void Every_word_of_an_explanation_is_shown_in_the_UI_language(string language)
    {
        var l = new ResxLocalizer(language);
        var explanations = Explanations();
        Assert.Contains(explanations, e => e.Parts.Any(p => p.How.Contains("Cyrillic", StringComparison.Ordinal)));
        Assert.Contains(explanations, e => e.Parts.Any(p => p.How.Contains("al-Dīn", StringComparison.Ordinal)));
        Assert.Contains(explanations, e => e.Attributes.Any(a => a.Outcome == Concord.Matching.Scoring.AttributeOutcome.Conflicts));
        var texts = explanations.SelectMany(e =>
            e.Parts.Select(p => MatchText.How(l, p.How))
                .Concat(e.Attributes.Where(a => a.Outcome != Concord.Matching.Scoring.AttributeOutcome.NotCompared).Select(a => MatchText.Attribute(l, a))))
            .ToList();
        Assert.NotEmpty(texts);
        foreach (var text in texts)
        {
            var rest = StandardNames.Aggregate(text, (t, s) => t.Replace(s, "", StringComparison.Ordinal));
            Assert.False(EnglishWord().IsMatch(rest), $"English left in the {language} explanation: {text}");
        }
    }

    [Fact]
    public void Every_phrase_has_a_text_in_each_language()
    {
        foreach (var language in new[] { "en", "zh", "ru" })
        {
            var l = new ResxLocalizer(language);
            Assert.All(MatchText.Phrases, p => Assert.False(l[p.Key].ResourceNotFound, $"{p.Key} missing in {language}"));
        }
    }

    /// <summary>The UI's resource file for one language, read directly.</summary>
    private sealed class ResxLocalizer(string language) : IStringLocalizer
    {
        private readonly Dictionary<string, string> _texts = XDocument
            .Load(Path.Combine(TestPaths.WebProject, "Resources", language == "en" ? "SharedResource.resx" : $"SharedResource.{language}.resx"))
            .Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

        public LocalizedString this[string name] =>
            _texts.TryGetValue(name, out var value) ? new LocalizedString(name, value) : new LocalizedString(name, name, resourceNotFound: true);

        public LocalizedString this[string name, params object[] arguments] => this[name];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _texts.Select(t => new LocalizedString(t.Key, t.Value));
    }
}
