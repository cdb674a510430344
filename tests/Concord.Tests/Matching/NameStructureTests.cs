using Concord.Matching.Model;
using Concord.Matching.Names;

namespace Concord.Tests.Matching;

public class NameStructureTests
{
    private static NameReading MainReading(string name, EntityKind kind = EntityKind.Person) => NameParser.Parse(name, kind)[0];

    private static NamePartRole RoleOf(string name, string word, EntityKind kind = EntityKind.Person) =>
        MainReading(name, kind).Units.First(u => u.Span == 1 && string.Equals(u.Original, word, StringComparison.Ordinal)).Role;

    [Theory]
    [InlineData("Vladimir Vladimirovich Putin", "Vladimirovich")]
    [InlineData("Анна Сергеевна Иванова", "Сергеевна")]
    [InlineData("Nursultan Abishuly Nazarbayev", "Abishuly")]
    [InlineData("Ilham Heydar oglu Aliyev", "oglu")]
    public void Patronymics_and_family_suffixes_are_recognised(string name, string part)
    {
        Assert.Contains(RoleOf(name, part), new[] { NamePartRole.Patronymic, NamePartRole.Particle });
    }

    [Theory]
    [InlineData("Usama bin Laden", "bin")]
    [InlineData("Abu Bakr al-Baghdadi", "al")]
    [InlineData("Ludwig van Beethoven", "van")]
    [InlineData("Aisha bint Ahmed", "bint")]
    public void Particles_are_recognised(string name, string particle)
    {
        Assert.Equal(NamePartRole.Particle, RoleOf(name, particle));
    }

    [Fact]
    public void Titles_before_a_name_are_marked()
    {
        Assert.Equal(NamePartRole.Title, RoleOf("Dr. Ayman al-Zawahiri", "Dr"));
        Assert.Equal(NamePartRole.Title, RoleOf("General Qasem Soleimani", "General"));
    }

    [Fact]
    public void Single_letters_are_initials()
    {
        Assert.Equal(NamePartRole.Initial, RoleOf("J. R. Smith", "J"));
    }

    [Theory]
    [InlineData("Abd al-Rahman", "Abdurrahman")]
    [InlineData("Abdul Rahman", "Abdelrahman")]
    [InlineData("Abdullah", "Abd Allah")]
    [InlineData("Abdelaziz", "Abdul Aziz")]
    public void Abd_compounds_are_joined_the_same_way(string a, string b)
    {
        Assert.Equal(MainReading(a).Units[0].Forms[0], MainReading(b).Units[0].Forms[0]);
    }

    [Fact]
    public void Hyphenated_and_short_syllables_are_also_read_joined()
    {
        var units = MainReading("Kim Jong-un").Units;
        Assert.Contains(units, u => u.Span == 2 && u.Forms.Contains("jongun"));
    }

    [Fact]
    public void Arabic_article_is_split_off_as_a_particle()
    {
        var units = MainReading("أبو بكر البغدادي").Units.Where(u => u.Span == 1).ToList();
        Assert.Contains(units, u => u.Role == NamePartRole.Particle && u.Forms.Contains("al"));
    }
    [Theory]
    [InlineData("POUR NAGHSHBAND, Hossein", "POURNAGHSHBAND, Hossein")]
    [InlineData("NASER ZADEH, Mohammad Reza", "NASERZADEH, Muhammad Reza")]
    public void Two_words_written_as_one_in_the_list_are_matched_together(string query, string listed)
    {
        var decoys = new[] { "DAVOODI, Abolfazl Hossein Pour", "MALEKOUTI POUR, Hamidreza", "ZAHEDI, Mohammed Reza", "AL-NASSER, Hala Mohammad", "MOHAMMADI, Mohammad Reza", "MUSAVI, Hossein" };
        Assert.Equal("target", Forms.FirstFound(query, listed, decoys));
        var found = Concord.Matching.Index.MatchIndex.Build([new WatchlistEntry("target", EntityKind.Person, [new WatchlistName(listed)])]).Screen(new ScreeningQuery(query), 1);
        Assert.True(found[0].Score > 0.95, $"{found[0]}");
        Assert.Contains(found[0].Explanation.Parts, p => p.How.StartsWith("written together/apart", StringComparison.Ordinal));
    }
}
