using Concord.Matching.Index;
using Concord.Matching.Model;
using Concord.Matching.Names;
using Concord.Matching.Organisations;

namespace Concord.Tests.Matching;

public class OrganisationTests
{
    [Theory]
    [InlineData("ООО", "LLC")]
    [InlineData("Общество с ограниченной ответственностью", "LLC")]
    [InlineData("Limited Liability Company", "LLC")]
    [InlineData("ФГУП", "SOE")]
    [InlineData("FSUE", "SOE")]
    [InlineData("Акционерное общество", "JSC")]
    [InlineData("JSC", "JSC")]
    [InlineData("GmbH", "LLC")]
    public void Legal_forms_map_to_generic_classes(string form, string expected)
    {
        Assert.Equal(expected, LegalForms.ClassOf(form));
    }

    [Fact]
    public void Romashka_llc_matches_ooo_romashka()
    {
        var index = MatchIndex.Build([new WatchlistEntry("1", EntityKind.Organization, [new WatchlistName("Romashka LLC")])]);
        var hit = Assert.Single(index.Screen(new ScreeningQuery("ООО «Ромашка»", Kind: EntityKind.Organization)));
        Assert.True(hit.Score > 0.95, hit.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(hit.Explanation.Parts, p => p.How.StartsWith("legal form LLC", StringComparison.Ordinal));
    }

    [Fact]
    public void A_legal_form_inside_the_name_is_a_legal_form()
    {
        var reading = NameParser.Parse("NOVOPOLOTSK LIMITED LIABILITY COMPANY INTERSERVICE", EntityKind.Organization)[0];
        Assert.Equal(["NOVOPOLOTSK", "LIMITED LIABILITY COMPANY", "INTERSERVICE"], reading.Units.Select(u => u.Original));
        Assert.Equal(NamePartRole.LegalForm, reading.Units[1].Role);
        // A person's name is never cut so.
        Assert.DoesNotContain(NameParser.Parse("Ivan Limited Liability Company", EntityKind.Person)[0].Units, u => u.Role == NamePartRole.LegalForm);
    }

    [Fact]
    public void A_rare_word_of_a_long_name_wins_over_names_sharing_only_the_legal_form()
    {
        var list = new List<WatchlistEntry> { new("target", EntityKind.Organization, [new WatchlistName("NOVOPOLOTSK LIMITED LIABILITY COMPANY INTERSERVICE")]) };
        for (var i = 0; i < 200; i++)
        {
            list.Add(new WatchlistEntry("llc" + i, EntityKind.Organization, [new WatchlistName($"{(char)('A' + i % 26)}{(char)('A' + i / 26)}X LLC")]));
        }
        // The legal form is a common word here (as in a large list): names are reached through it only as a fallback.
        var index = MatchIndex.Build(list, new Concord.Matching.MatchOptions { CommonWordThreshold = 50 });
        foreach (var query in new[] { "INTERSERVICE LLC", "LIMITED LIABILITY COMPANY INTERSERVICE", "ООО Интерсервис" })
        {
            var found = index.Screen(new ScreeningQuery(query), 10);
            Assert.True(found.Count > 0 && found[0].Entry.Id == "target", $"{query}: {string.Join(" | ", found.Take(3))}");
        }
    }

    [Theory]
    [InlineData("KCST", "KOREAN COMMITTEE FOR SPACE TECHNOLOGY")]
    [InlineData("ISIL", "ISLAMIC STATE OF IRAQ AND THE LEVANT")]
    [InlineData("FARC", "FUERZAS ARMADAS REVOLUCIONARIAS DE COLOMBIA")]
    public void An_acronym_may_leave_out_the_small_words(string acronym, string name)
    {
        var list = new[] { name, "KOREA COMMERCIAL SHIPPING TRADE", "INTERNATIONAL SHIPPING INVEST LIMITED", "FIRST AMERICAN RESOURCES CORP", "KIM CHOL SU" }
            .Select((n, i) => new WatchlistEntry("e" + i, EntityKind.Organization, [new WatchlistName(n)]));
        var found = MatchIndex.Build(list).Screen(new ScreeningQuery(acronym), 3);
        Assert.Equal("e0", found[0].Entry.Id);
    }

    [Fact]
    public void Small_words_of_an_organisation_name_carry_little()
    {
        var org = NameParser.Parse("KOREAN COMMITTEE FOR SPACE TECHNOLOGY", EntityKind.Organization)[0];
        Assert.Equal(NamePartRole.Particle, org.Units.Single(u => u.Original == "FOR").Role);
        // Na is a Korean surname, not a small word, in a person's name.
        Assert.Equal(NamePartRole.Name, NameParser.Parse("NA, Ki Hyon", EntityKind.Person)[0].Units.Single(u => u.Original == "NA").Role);

        var index = MatchIndex.Build([
            new WatchlistEntry("other", EntityKind.Organization, [new WatchlistName("KOREAN COMMITTEE FOR SPACE TECHNOLOGY")]),
            new WatchlistEntry("target", EntityKind.Organization, [new WatchlistName("PALESTINIAN CHARITABLE COMMITTEE")]),
        ]);
        Assert.Equal("target", index.Screen(new ScreeningQuery("CHARITABLE COMMITTEE FOR PALESTINE"), 2)[0].Entry.Id);
    }

    [Theory]
    [InlineData("issledovatelskii", "#o:research")]
    [InlineData("issledovatelskiy", "#o:research")]
    [InlineData("исследовательский", "#o:research")]
    [InlineData("predpriiatie", "#o:enterprise")]
    [InlineData("TSENTRALNYY", "#o:central")]
    [InlineData("GIDRAVLIKI", "#o:hydraulics")]
    public void Russian_organisation_words_in_any_spelling_carry_their_group(string word, string group)
    {
        var unit = NameParser.Parse("OOO " + word + " ROMASHKA", EntityKind.Organization)[0].Units.Single(u => u.Original == word);
        Assert.Contains(group, unit.Forms);
        Assert.Equal(NamePartRole.OrgTerm, unit.Role);
    }

    [Fact]
    public void A_russian_name_in_latin_letters_meets_its_english_translation()
    {
        var index = MatchIndex.Build([
            new WatchlistEntry("decoy", EntityKind.Organization, [new WatchlistName("CENTRAL INSTITUTE OF AVIATION MOTORS")]),
            new WatchlistEntry("decoy2", EntityKind.Organization, [new WatchlistName("INSTITUTE OF AUTOMATION AND ELECTROMETRY")]),
            new WatchlistEntry("target", EntityKind.Organization, [new WatchlistName("JSC CENTRAL RESEARCH INSTITUTE OF AUTOMATION AND HYDRAULICS")]),
        ]);
        var found = index.Screen(new ScreeningQuery("TSENTRALNYY NAUCHNO-ISSLEDOVATELSKIY INSTITUT AVTOMATIKI I GIDRAVLIKI"), 3);
        Assert.Equal("target", found[0].Entry.Id);
    }

    [Fact]
    public void A_query_with_a_legal_form_is_read_as_an_organisation()
    {
        var index = MatchIndex.Build([
            new WatchlistEntry("person", EntityKind.Person, [new WatchlistName("Kamaz Trading")]),
            new WatchlistEntry("org", EntityKind.Organization, [new WatchlistName("Kamaz Trading LLC")]),
        ]);
        var found = index.Screen(new ScreeningQuery("KAMAZ TRADING COMPANY"), 2);
        Assert.Equal("org", found[0].Entry.Id);
        // A title that is also an organisation word (General) does not make a person an organisation.
        Assert.Equal(NamePartRole.Title, NameParser.Parse("General Major Mupenzi", EntityKind.Unknown)[0].Units[0].Role);
        Assert.Contains(found[1].Explanation.Attributes, a => a.Attribute == "type" && a.Outcome == Concord.Matching.Scoring.AttributeOutcome.Conflicts);
    }

    [Fact]
    public void A_one_digit_number_matches_the_same_number_only()
    {
        var index = MatchIndex.Build([
            new WatchlistEntry("5", EntityKind.Organization, [new WatchlistName("Compania Ganadera 5 Manantiales")]),
            new WatchlistEntry("6", EntityKind.Organization, [new WatchlistName("Compania Ganadera 6 Manantiales")]),
        ]);
        var top = index.Screen(new ScreeningQuery("Compania Ganadera 5 Manantiales"));
        Assert.Equal("5", top[0].Entry.Id);
        Assert.Contains(top[0].Explanation.Parts, p => p.QueryPart == "5" && p.RecordPart == "5");
        Assert.True(top[0].Score > top[1].Score);
    }

    [Fact]
    public void A_generational_suffix_is_not_a_name_word()
    {
        var reading = NameParser.Parse("Ruben Pestano Lavilla Jr", EntityKind.Person)[0];
        Assert.Equal(NamePartRole.Title, reading.Units.Single(u => u.Original == "Jr").Role);
    }

    [Fact]
    public void A_partly_translated_name_matches_zavod_plant()
    {
        var index = MatchIndex.Build([
            new WatchlistEntry("1", EntityKind.Organization, [new WatchlistName("Uralvagonzavod JSC")]),
            new WatchlistEntry("2", EntityKind.Organization, [new WatchlistName("Kirovsky Plant JSC")]),
        ]);
        var top = index.Screen(new ScreeningQuery("АО «Кировский завод»", Kind: EntityKind.Organization));
        Assert.Equal("2", top[0].Entry.Id);
        Assert.Contains(top[0].Explanation.Parts, p => p.How == "same word in another language");
    }

    [Fact]
    public void Different_legal_form_does_not_make_a_different_name_match()
    {
        var index = MatchIndex.Build([new WatchlistEntry("1", EntityKind.Organization, [new WatchlistName("Vasilek LLC")])]);
        var result = index.Screen(new ScreeningQuery("Romashka LLC", Kind: EntityKind.Organization));
        Assert.True(result.Count == 0 || result[0].Score < 0.5);
    }

    [Fact]
    public void An_acronym_meets_the_initials_of_the_full_name()
    {
        var index = MatchIndex.Build([
            new WatchlistEntry("1", EntityKind.Organization, [new WatchlistName("Banco Nacional de Cuba")]),
            new WatchlistEntry("2", EntityKind.Organization, [new WatchlistName("Bank of North Carolina Holdings")]),
        ]);
        Assert.Equal("1", index.Screen(new ScreeningQuery("BNC", Kind: EntityKind.Organization))[0].Entry.Id);
    }

    [Fact]
    public void Organisation_words_carry_their_cross_language_group()
    {
        var unit = NameParser.Parse("Завод", EntityKind.Organization)[0].Units[0];
        Assert.Contains("#o:factory", unit.Forms);
        Assert.Equal(NamePartRole.OrgTerm, unit.Role);
    }
}
