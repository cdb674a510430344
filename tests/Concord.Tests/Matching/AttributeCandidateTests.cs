using Concord.Matching;
using Concord.Matching.Index;
using Concord.Matching.Model;
using Concord.Matching.Scoring;

namespace Concord.Tests.Matching;

/// <summary>A listed person using an unrelated name is still found by the same date of birth or document number.</summary>
public class AttributeCandidateTests
{
    private static WatchlistEntry Person(string id, string name, string? birth = null, string? nationality = null, string? document = null) =>
        new(id, EntityKind.Person, [new WatchlistName(name)])
        {
            BirthDates = birth is null ? [] : [PartialDate.TryParse(birth, out var d) ? d : throw new ArgumentException(birth)],
            Nationalities = nationality is null ? [] : [nationality],
            DocumentNumbers = document is null ? [] : [document],
        };

    private static List<WatchlistEntry> List()
    {
        var list = new List<WatchlistEntry>
        {
            Person("target", "Aiman Muhammed Rabi al-Zawahiri", "1951-06-19", "EG", "1084010"),
        };
        // Many others sharing the common part of the alias, none with the target's date of birth.
        for (var i = 0; i < 40; i++)
        {
            list.Add(Person("m" + i, $"Mohammed Ali Hassan {i}", $"19{50 + i % 40}-0{1 + i % 9}-1{i % 10}", "SA"));
        }
        // A placeholder date shared by many entries says nothing.
        for (var i = 0; i < AttributeCandidates.MaxPerKey + 1; i++)
        {
            list.Add(Person("p" + i, $"Placeholder Person {i}", "1970-01-01", "AF"));
        }
        return list;
    }

    [Fact]
    public void An_unrelated_alias_is_found_by_the_same_full_date_of_birth_below_the_alert_threshold()
    {
        var index = MatchIndex.Build(List());
        Assert.DoesNotContain(index.Screen(new ScreeningQuery("Abu Fatima"), 10), c => c.Entry.Id == "target");

        var found = index.Screen(new ScreeningQuery("Abu Fatima", PartialDate.TryParse("1951-06-19", out var dob) ? dob : null, "EG"), 10);
        var hit = Assert.Single(found, c => c.Entry.Id == "target");
        Assert.True(hit.Score < MatchOptions.DefaultAlertThreshold, $"score {hit.Score}");
        Assert.Equal(0, hit.Explanation.NameScore);
        Assert.Contains(hit.Explanation.Attributes, a => a.Attribute == "birth_date" && a.Outcome == AttributeOutcome.Agrees);
        Assert.Contains(hit.Explanation.Attributes, a => a.Attribute == "nationality" && a.Outcome == AttributeOutcome.Agrees);
    }

    [Fact]
    public void The_same_date_with_day_and_month_swapped_also_finds_the_entry()
    {
        var index = MatchIndex.Build([Person("t2", "Ivan Petrov", "1980-03-04"), Person("t3", "Anna Sidorova", "1980-05-06")]);
        var found = index.Screen(new ScreeningQuery("Oleg Smirnov", new PartialDate(1980, 4, 3)), 10);
        Assert.Equal(["t2"], found.Select(c => c.Entry.Id));
    }

    [Fact]
    public void The_same_birth_year_and_nationality_find_the_entry_when_few_share_them()
    {
        var index = MatchIndex.Build([Person("t4", "Ahmad Khalfan Ghailani", "1974", "TZ"), Person("t5", "Ivan Petrov", "1974", "RU")]);
        var found = index.Screen(new ScreeningQuery("Abu Bakr al-Tanzani", new PartialDate(1974, 3, 14), "TZ"), 10);
        var hit = Assert.Single(found);
        Assert.Equal("t4", hit.Entry.Id);
        Assert.Contains(hit.Explanation.Attributes, a => a.Attribute == "birth_date" && a.Outcome == AttributeOutcome.PartlyAgrees);
    }

    [Fact]
    public void A_common_name_part_with_the_date_of_birth_ranks_the_right_entry_first()
    {
        var index = MatchIndex.Build(List());
        var found = index.Screen(new ScreeningQuery("Abu Mohammed", new PartialDate(1951, 6, 19)), 10);
        Assert.Equal("target", found[0].Entry.Id);
    }

    [Fact]
    public void The_same_document_number_finds_the_entry_whatever_its_spelling()
    {
        var index = MatchIndex.Build(List());
        var found = index.Screen(new ScreeningQuery("Abu Fatima", DocumentNumber: "10-84 010"), 10);
        var hit = Assert.Single(found, c => c.Entry.Id == "target");
        Assert.Contains(hit.Explanation.Attributes, a => a.Attribute == "document" && a.Outcome == AttributeOutcome.Agrees);
    }

    [Fact]
    public void A_date_shared_by_many_entries_brings_none_of_them()
    {
        var index = MatchIndex.Build(List());
        var found = index.Screen(new ScreeningQuery("Abu Fatima", new PartialDate(1970, 1, 1)), 10);
        Assert.DoesNotContain(found, c => c.Entry.Id.StartsWith('p'));
    }
}
