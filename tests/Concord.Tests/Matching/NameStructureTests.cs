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

    [Theory]
    [InlineData("Salah al-Din", "Salahuddin")]
    [InlineData("Salah Eddine", "Salah ad-Din")]
    [InlineData("Badreddine", "Badr al-Din")]
    [InlineData("Nuriddin", "Нур ад-Дин")]
    [InlineData("Siraj ud Din", "Sirajuddin")]
    [InlineData("Nasir Uddin", "Nasiruddin")]
    [InlineData("Ziauddin", "Zia-ud-Din")]
    [InlineData("Noureldin", "Nour al-Din")]
    [InlineData("Nur Eldin", "Nuriddin")]
    public void Al_din_compounds_are_read_the_same_way_written_together_or_apart(string a, string b)
    {
        Assert.Contains(Forms.Of(a).Intersect(Forms.Of(b)), f => f.EndsWith("din", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ANSAR DINE", "ANSAR AL-DINE")]
    [InlineData("Abou Mohamed Salah", "SALAH EDDINE GASMI")]
    public void The_words_of_an_al_din_compound_still_match_one_by_one(string query, string listed)
    {
        var best = Forms.Best(query, listed);
        Assert.NotNull(best);
        Assert.Contains(best.Explanation.Parts, p => p.How.StartsWith("exact", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Borodin")]
    [InlineData("Odin")]
    [InlineData("Nadine")]
    public void Names_that_only_end_in_din_are_not_al_din_compounds(string name)
    {
        Assert.Null(LatinNameRules.CanonicalDin(name.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("BADREDDINE, Mohammed", "BADR-AL-DIN, Muhammad")]
    [InlineData("Salahuddin Yusuf", "SALAH AL-DIN YUSUF")]
    [InlineData("Ezzedine Khalil", "IZZ AL-DIN KHALIL")]
    [InlineData("NASSERDDINE, Ghassan", "NASR AL DIN, Ghassan")]
    [InlineData("HAQQANI, Siraj", "HAQQANI, Sirajuddin")]
    public void Compounds_written_together_find_the_listed_name_written_apart_and_back(string query, string listed)
    {
        var decoys = new[] { "MAHAMED, Mostafa", "OMAR, Mohammed", "JAMAL-AL-DIN, Hasan", "HURRAS AL-DIN", "SAYF ALLAH MUHAMMAD", "AL-KHALIL, Yusuf", "AKHUND, Mohammad Hassan" };
        Assert.Equal("target", Forms.FirstFound(query, listed, decoys));
        Assert.Equal("target", Forms.FirstFound(listed, query, decoys));
    }

    [Theory]
    [InlineData("Ubayd Allah Akhund", "OBAIDULLAH AKHUND")]
    [InlineData("Habib Ullah Rahmani", "Habibullah Rahmani")]
    [InlineData("Saifulla Muhammad", "SAYF ALLAH MUHAMMAD")]
    public void Allah_compounds_written_apart_match_the_one_word_spelling(string query, string listed)
    {
        var best = Forms.Best(query, listed);
        Assert.True(best is { Score: >= 0.9 }, best?.ToString() ?? "not found");
    }

    [Theory]
    [InlineData("BAQI, Abdul", "BARI, Abdul Baqi")]
    [InlineData("QADIR, Abdul", "KHAN, Abdul Qadeer")]
    public void An_abd_word_left_after_the_comma_is_joined_with_the_surname_before_it(string query, string listed)
    {
        var decoys = new[] { "MAJEED, Abdul", "HADI, Abdul", "AZIZ, Abdul", "HAQ, Abdul", "JABBAR, Abdul", "BARI, Mohammed", "KHAN, Abdul" };
        Assert.Equal("target", Forms.FirstFound(query, listed, decoys));
        Assert.Contains(MainReading(query).Units, u => u.Method == "Arabic compound with ʿabd joined");
    }

    [Theory]
    [InlineData("SAGHIR, Mohd", "SAGHIR, Muhammad")]
    [InlineData("SHUWAYKI, Mhd Amer", "SHUWAYKI, Muhammad Amer")]
    [InlineData("Md Abdul Karim", "Muhammad Abdul Karim")]
    public void Mohd_mhd_and_md_are_read_as_muhammad(string query, string listed)
    {
        var best = Forms.Best(query, listed);
        Assert.True(best is { Score: >= 0.85 }, best?.ToString() ?? "not found");
    }
}
