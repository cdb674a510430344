using Concord.Matching;
using Concord.Matching.Index;
using Concord.Matching.Model;
using Concord.Matching.Scoring;

namespace Concord.Tests.Matching;

public class ScoringTests
{
    private static readonly WatchlistEntry Person = new("P1", EntityKind.Person, [new WatchlistName("Mukhammad Ali Rakhimov")])
    {
        BirthDates = [new PartialDate(1971, 3, 5)],
        Nationalities = ["UZ"],
        DocumentNumbers = ["AA1234567"],
    };

    private static readonly MatchIndex Index = MatchIndex.Build([
        Person,
        new WatchlistEntry("P2", EntityKind.Person, [new WatchlistName("Petr Ivanov")]),
        new WatchlistEntry("O1", EntityKind.Organization, [new WatchlistName("Ali Trading LLC")]),
    ]);

    private static Candidate Top(ScreeningQuery q) => Index.Screen(q)[0];

    [Fact]
    public void Explanation_says_which_part_matched_which_and_how()
    {
        var c = Top(new ScreeningQuery("Мухаммад Рахимов"));
        Assert.Equal("P1", c.Entry.Id);
        Assert.Contains(c.Explanation.Parts, p => p.QueryPart == "Мухаммад" && p.RecordPart == "Mukhammad" && p.How.Contains("Cyrillic", StringComparison.Ordinal));
        Assert.Contains(c.Explanation.Parts, p => p.QueryPart == "Рахимов" && p.RecordPart == "Rakhimov");
        Assert.Equal(["Ali"], c.Explanation.UnmatchedRecordParts);
        Assert.InRange(c.Score, 0, 1);
        Assert.Contains("Мухаммад ↔ Mukhammad", c.Explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_date_of_birth_raises_and_a_distant_one_lowers_the_score()
    {
        var none = Top(new ScreeningQuery("Muhammad Rahimov")).Score;
        var same = Top(new ScreeningQuery("Muhammad Rahimov", BirthDate: new PartialDate(1971, 3, 5)));
        var year = Top(new ScreeningQuery("Muhammad Rahimov", BirthDate: new PartialDate(1971))).Score;
        var other = Top(new ScreeningQuery("Muhammad Rahimov", BirthDate: new PartialDate(1985, 1, 1)));
        Assert.True(same.Score > year && year > none && none > other.Score, $"{same.Score} {year} {none} {other.Score}");
        Assert.Contains(same.Explanation.Attributes, a => a.Attribute == "birth_date" && a.Outcome == AttributeOutcome.Agrees);
        Assert.Contains(other.Explanation.Attributes, a => a.Attribute == "birth_date" && a.Outcome == AttributeOutcome.Conflicts);
    }

    [Fact]
    public void Nationality_agreement_and_conflict_move_the_score()
    {
        var agree = Top(new ScreeningQuery("Muhammad Rahimov", Nationality: "UZ"));
        var conflict = Top(new ScreeningQuery("Muhammad Rahimov", Nationality: "FR"));
        Assert.True(agree.Score > conflict.Score);
        Assert.Contains(conflict.Explanation.Attributes, a => a.Attribute == "nationality" && a.Outcome == AttributeOutcome.Conflicts);
    }

    [Fact]
    public void The_same_document_number_is_strong_evidence()
    {
        var plain = Top(new ScreeningQuery("M. Rahimov")).Score;
        var document = Top(new ScreeningQuery("M. Rahimov", DocumentNumber: "aa 1234567"));
        Assert.True(document.Score > plain + 0.1);
        Assert.Contains(document.Explanation.Attributes, a => a.Attribute == "document" && a.Outcome == AttributeOutcome.Agrees);
    }

    [Fact]
    public void A_person_query_is_scored_down_against_an_organisation()
    {
        var asPerson = Index.Screen(new ScreeningQuery("Ali Trading", Kind: EntityKind.Person)).First(c => c.Entry.Id == "O1");
        var asOrg = Index.Screen(new ScreeningQuery("Ali Trading", Kind: EntityKind.Organization)).First(c => c.Entry.Id == "O1");
        Assert.True(asOrg.Score > asPerson.Score);
    }

    [Fact]
    public void Top_and_threshold_limit_the_candidates()
    {
        Assert.Single(Index.Screen(new ScreeningQuery("Ali"), top: 1));
        Assert.All(Index.Screen(new ScreeningQuery("Ali"), top: 10, threshold: 0.5), c => Assert.True(c.Score >= 0.5));
    }

    [Fact]
    public void Name_order_does_not_matter()
    {
        Assert.Equal(Top(new ScreeningQuery("Rakhimov Mukhammad Ali")).Score, Top(new ScreeningQuery("Mukhammad Ali Rakhimov")).Score, 3);
    }

    [Fact]
    public void Unrelated_names_stay_below_the_alert_threshold()
    {
        var result = Index.Screen(new ScreeningQuery("Olga Smirnova"));
        Assert.True(result.Count == 0 || result[0].Score < MatchOptions.DefaultAlertThreshold);
    }

    [Fact]
    public void Concurrent_screening_gives_the_same_results_as_sequential()
    {
        var queries = Enumerable.Range(0, 200).Select(i => new ScreeningQuery(i % 2 == 0 ? "Мухаммад Рахимов" : "Petr Ivanoff")).ToList();
        var sequential = queries.Select(q => Index.Screen(q).Select(c => (c.Entry.Id, c.Score)).ToList()).ToList();
        var parallel = Index.ScreenMany(queries, parallelism: 4);
        for (var i = 0; i < queries.Count; i++)
        {
            Assert.Equal(sequential[i], parallel[i].Select(c => (c.Entry.Id, c.Score)).ToList());
        }
    }

    [Theory]
    [InlineData("张伟", "ZHANG Wei", true)]
    [InlineData("张伟", "ZHANG, Wei Ming", false)]
    [InlineData("彭晨", "CHEN, Guo Ping", false)]
    [InlineData("张宇", "LI, Cheng Yu", false)]
    public void A_chinese_name_has_no_optional_parts_so_a_longer_listed_name_does_not_alert(string query, string listed, bool alerts)
    {
        Assert.Equal(alerts, Forms.Alerts(query, listed, "ZHANG Wei", "ZHANG, Wei Ming", "CHEN, Guo Ping", "LI, Cheng Yu", "WANG Fang", "LIU Yang"));
    }

    [Fact]
    public void Two_characters_led_by_a_chinese_surname_are_read_first_as_a_chinese_name()
    {
        var found = Forms.Screen("马丽", "MARIA", "MA Li", "SANA", "LENA");
        Assert.Equal("MA Li", found[0].MatchedName);
        Assert.True(found[0].Score >= MatchOptions.DefaultAlertThreshold, found[0].ToString());
        var maria = found.FirstOrDefault(c => c.MatchedName == "MARIA");
        Assert.NotNull(maria); // the foreign reading (Maria) is still a candidate, below the alert threshold
        Assert.True(maria.Score < MatchOptions.DefaultAlertThreshold, maria.ToString());
    }

    [Theory]
    [InlineData("张磊", "ZHANG, Lei", true)]
    [InlineData("张磊", "CHANG, Lei", true)]   // Wade–Giles: one of 张's readings
    [InlineData("张磊", "CHEUNG, Lui", false)] // the Hong Kong surname alone is a weak reading; Lui is not Lei
    [InlineData("郑磊", "ZHANG, Lei", false)]  // Zheng and Zhang are two surnames, not two spellings
    [InlineData("姜磊", "ZHANG, Lei", false)]
    public void A_chinese_name_part_does_not_match_another_chinese_syllable_as_a_spelling_variant(string query, string listed, bool alerts)
    {
        Assert.Equal(alerts, Forms.Alerts(query, listed, "ZHANG, Lei", "CHANG, Lei", "CHEUNG, Lui", "WANG Fang", "LIU Yang"));
    }

    [Theory]
    [InlineData("张建华", "ZHANG, Jianhua", true)]
    [InlineData("张建华", "CHANG, Chien-hua", true)] // Wade–Giles
    [InlineData("张建华", "ZHANG, Jian Hua", true)]
    [InlineData("韩建华", "HONG, Jinhua", false)]    // jin is another syllable than jian
    [InlineData("朱浩兰", "ZHU, Hailun", false)]     // hai-lun is not hao-lan
    [InlineData("魏琳", "WEI, Linna", false)]        // one character is not two syllables
    [InlineData("周丽", "JULIA", false)]             // ju-li-a: other syllables, however close the letters
    [InlineData("吴敏", "WOMEN", false)]
    [InlineData("戴萍", "TA PANG", false)]
    [InlineData("苏娜", "SINA", false)]              // also when the list holds the joined spelling as a word
    [InlineData("柏俊", "PO CHON", false)]           // chon is a Korean syllable, not 俊's
    [InlineData("伏欣", "FAXON", false)]             // the name written as one word is spelled by its readings only
    public void A_chinese_name_does_not_match_a_word_of_other_chinese_syllables(string query, string listed, bool alerts)
    {
        Assert.Equal(alerts, Forms.Alerts(query, listed, "ZHANG, Jianhua", "CHANG, Chien-hua", "ZHANG, Jian Hua", "HONG, Jinhua", "ZHU, Hailun", "WEI, Linna", "JULIA", "WOMEN", "TA PANG", "SINA", "PO CHON", "FAXON"));
    }

    [Theory]
    [InlineData("李红", "LI, Hong", true)]
    [InlineData("李红", "LI, Hong Ri", false)]        // a longer given name is another name
    [InlineData("苏勇", "KIM, Yong Su", false)]       // two of three words, the surname not among them
    [InlineData("柳敏", "LI, Youmin", false)]         // liu·min and li·youmin meet only as joined letters
    [InlineData("和丽", "LI, Yi", false)]
    [InlineData("刘以", "LIU, Yi", true)]             // 以 yi is one letter as a form (i): it still meets Yi
    public void A_chinese_name_matches_a_record_part_by_part(string query, string listed, bool alerts)
    {
        Assert.Equal(alerts, Forms.Alerts(query, listed, "LI, Hong", "LI, Hong Ri", "KIM, Yong Su", "LI, Youmin", "LI, Yi", "LIU, Yi", "WANG Fang"));
    }

    [Fact]
    public void A_foreign_reading_of_a_surname_led_two_character_name_is_a_candidate_but_not_an_alert()
    {
        var found = Forms.Screen("王莉", "LJ", "WANG Li", "LI, Yi", "WANG Fang");
        Assert.Equal("WANG Li", found[0].MatchedName);
        Assert.True(found[0].Score >= MatchOptions.DefaultAlertThreshold, found[0].ToString());
        Assert.All(found.Skip(1), c => Assert.True(c.Score < MatchOptions.DefaultAlertThreshold, c.ToString()));
        var transcribed = Forms.Screen("安娜", "ANNA", "WANG Fang");
        Assert.Equal("ANNA", transcribed[0].MatchedName); // a foreign name read as one still matches
        var listed = Forms.Screen("MARIA", "马丽", "WANG Fang"); // the same holds for a listed name
        Assert.Equal("马丽", listed[0].MatchedName);
        Assert.True(listed[0].Score < MatchOptions.DefaultAlertThreshold, listed[0].ToString());
    }

    [Theory]
    [InlineData("ZHANG Lei", "张磊", true)]
    [InlineData("Lei Zhang", "张磊", true)]
    [InlineData("HAN Jian Hua", "韩建华", true)]
    [InlineData("ZHENG Lei", "张磊", false)]      // the same rules when the Chinese name is the listed one
    [InlineData("HONG Jinhua", "韩建华", false)]
    [InlineData("ZHU Hailun", "朱浩兰", false)]
    [InlineData("WEI Linna", "魏琳", false)]
    [InlineData("THU, Yin Min", "尹敏", false)]  // a word beyond the surname and given name counts in full
    public void A_name_listed_in_chinese_characters_is_matched_by_the_same_rules(string query, string listed, bool alerts)
    {
        Assert.Equal(alerts, Forms.Alerts(query, listed, "张磊", "韩建华", "朱浩兰", "魏琳", "尹敏", "王芳"));
    }
}
