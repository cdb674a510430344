using System.Text;
using System.Text.Json.Nodes;
using Concord.Core.Directory;
using Concord.Core.Reference;
using Concord.Tests.Support;

namespace Concord.Tests.Reference;

/// <summary>The reference data built into the node: complete, sourced, in three languages; and bad data is reported precisely.</summary>
public sealed class ReferenceDataTests
{
    private static ReferenceDataSet Set { get; } = ReferenceDataReader.ReadEmbedded().Value;

    [Fact]
    public void The_built_in_reference_data_is_valid_and_equals_the_repository_copy()
    {
        var fromDirectory = ReferenceDataReader.ReadDirectory(TestPaths.ReferenceData);
        Assert.True(fromDirectory.IsSuccess, string.Join(Environment.NewLine, fromDirectory.Errors));
        Assert.Equal(fromDirectory.Value.Sha256, Set.Sha256);
    }

    [Theory]
    [InlineData("CN", "2001-06-15", true)]
    [InlineData("RU", "2001-06-15", true)]
    [InlineData("KZ", "2001-06-15", true)]
    [InlineData("KG", "2001-06-15", true)]
    [InlineData("TJ", "2001-06-15", true)]
    [InlineData("UZ", "2001-06-15", true)]
    [InlineData("IN", "2017-06-09", false)]
    [InlineData("PK", "2017-06-09", false)]
    [InlineData("IR", "2023-07-04", false)]
    [InlineData("BY", "2024-07-04", false)]
    public void The_ten_member_states_joined_on_the_recorded_dates(string code, string since, bool founding)
    {
        var state = Set.States.Single(s => s.Code == code);
        Assert.Equal(MembershipStatus.Member, state.Status);
        Assert.Equal(since, state.StatusSince);
        Assert.Equal(founding, state.Founding);
        Assert.All(state.Memberships, m => Assert.NotEmpty(m.Sources));
    }

    [Fact]
    public void There_are_exactly_ten_members_and_also_observers_and_dialogue_partners()
    {
        Assert.Equal(10, Set.MemberStates.Count());
        Assert.Contains(Set.States, s => s.Status == MembershipStatus.Observer);
        Assert.Contains(Set.States, s => s.Status == MembershipStatus.DialoguePartner);
    }

    [Fact]
    public void The_Secretariat_in_Beijing_and_the_RATS_Executive_Committee_in_Tashkent_work_since_January_2004()
    {
        var secretariat = Set.Organisations.Single(o => o.Id == "secretariat");
        var rats = Set.Organisations.Single(o => o.Id == "rats-executive-committee");
        Assert.Equal("2004-01", secretariat.WorkingSince);
        Assert.Equal("2004-01", rats.WorkingSince);
        Assert.Equal("Beijing", secretariat.Seat!.En);
        Assert.Equal("北京", secretariat.Seat.Zh);
        Assert.Equal("Tashkent", rats.Seat!.En);
        Assert.Contains(Set.Organisations, o => o.Kind == OrganisationKinds.Council && o.Id == "rats-council");
    }

    [Fact]
    public void The_five_levels_and_the_four_domains_with_their_meeting_formats_are_present()
    {
        Assert.Equal([1, 2, 3, 4, 5], Set.Levels.Select(l => l.Level).Order());
        Assert.Equal(DomainIds.All.Order(StringComparer.Ordinal), Set.Domains.Select(d => d.Id).Order(StringComparer.Ordinal));
        var formats = Set.Domains.SelectMany(d => d.Formats).ToList();
        // Drug control: three tiers and four expert groups (legal basis, law enforcement, precursors, demand reduction).
        var drugs = formats.Single(f => f.Parts.Count(p => p.Kind == "expert-group") == 4);
        Assert.Equal(3, drugs.Parts.Count(p => p.Kind == "tier"));
        Assert.True(formats.Count >= 9, "defence ministers, chiefs of general staff, public security/interior, border, drug control, supreme courts, prosecutors general, justice ministers, security council secretaries");
    }

    [Fact]
    public void China_has_no_security_council_secretary_and_the_blind_spot_names_who_attends_instead()
    {
        var format = Set.Domains.Single(d => d.Id == DomainIds.SecurityStrategy).Formats.First();
        var china = format.Participation.Single(p => p.StateCode == "CN");
        Assert.NotNull(china.BlindSpot);
        Assert.DoesNotContain(Set.Organisations, o => o.StateCode == "CN" && o.AgencyKind == "security-council");
        Assert.Contains("cn-mps", china.AgencyIds);
    }

    [Fact]
    public void Every_member_state_has_agencies_in_all_four_domains_and_every_matter_in_the_directory()
    {
        foreach (var state in Set.MemberStates)
        {
            foreach (var domain in DomainIds.All)
            {
                Assert.Contains(Set.Organisations, o => o.StateCode == state.Code && o.DomainId == domain);
            }
            Assert.Equal(13, Set.Competences.Count(c => c.StateCode == state.Code));
        }
    }

    [Fact]
    public void Extradition_in_Kyrgyzstan_has_a_competent_agency()
    {
        var entry = Set.Competences.Single(c => c.StateCode == "KG" && c.MatterId == "extradition");
        Assert.NotEmpty(entry.Agencies);
        Assert.All(entry.Agencies, a => Assert.StartsWith("kg-", a.AgencyId, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_name_is_given_in_English_Chinese_and_Russian()
    {
        foreach (var o in Set.Organisations)
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Name.En) || string.IsNullOrWhiteSpace(o.Name.Zh) || string.IsNullOrWhiteSpace(o.Name.Ru), o.Id);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", o.Name.Zh);
            Assert.Matches(@"\p{IsCyrillic}", o.Name.Ru);
        }
    }

    [Fact]
    public void A_file_that_is_not_JSON_is_reported_with_file_and_line()
    {
        var files = Files();
        files["agencies.json"] = Encoding.UTF8.GetBytes("{\n  \"version\": \"x\",\n  \"items\": [\n    { \"id\": \"a\", }\n");
        var result = ReferenceDataReader.Read(files, "ref");
        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("ref/agencies.json:4:", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_Chinese_name_is_reported_with_file_line_path_and_reason()
    {
        var files = Files();
        var agencies = JsonNode.Parse(files["agencies.json"])!;
        agencies["items"]![3]!["names"]!.AsObject().Remove("zh");
        files["agencies.json"] = Encoding.UTF8.GetBytes(agencies.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        var result = ReferenceDataReader.Read(files, "ref");
        var error = Assert.Single(result.Errors);
        Assert.Matches(@"^ref/agencies\.json:\d+: \$\.items\[3\]\.names\.zh: the field 'zh' is required$", error.Message);
    }

    [Fact]
    public void A_reference_to_an_unknown_agency_and_a_missing_directory_entry_are_both_reported()
    {
        var files = Files();
        var competences = JsonNode.Parse(files["competences.json"])!;
        var items = competences["items"]!.AsArray();
        var kgExtradition = items.Single(i => (string?)i!["state"] == "KG" && (string?)i["matter"] == "extradition")!;
        kgExtradition["agencies"]![0]!["agency"] = "kg-no-such-agency";
        var removed = items.First(i => (string?)i!["state"] == "CN")!;
        var removedMatter = (string)removed["matter"]!;
        items.Remove(removed);
        files["competences.json"] = Encoding.UTF8.GetBytes(competences.ToJsonString());
        var messages = ReferenceDataReader.Read(files, "ref").Errors.Select(e => e.Message).ToList();
        Assert.Contains(messages, m => m.Contains("the agency 'kg-no-such-agency' is not in agencies.json", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains($"CN × {removedMatter} is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_file_an_unknown_source_and_a_bad_date_are_each_reported()
    {
        var files = Files();
        files.Remove("levels.json");
        var states = JsonNode.Parse(files["states.json"])!;
        states["items"]![0]!["memberships"]![0]!["from"] = "15.06.2001";
        states["items"]![0]!["memberships"]![0]!["sources"] = new JsonArray("no-such-source#p1");
        files["states.json"] = Encoding.UTF8.GetBytes(states.ToJsonString());
        var messages = ReferenceDataReader.Read(files, "ref").Errors.Select(e => e.Message).ToList();
        Assert.Contains("ref/levels.json: $: the file is missing", messages);
        // A missing file stops the reading before cross-file rules: fix that first, then the rest is reported.
        files["levels.json"] = Files()["levels.json"];
        messages = [.. ReferenceDataReader.Read(files, "ref").Errors.Select(e => e.Message)];
        Assert.Contains(messages, m => m.Contains("$.items[0].memberships[0].from: '15.06.2001' is not a date", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("the source 'no-such-source' is not in sources.json", StringComparison.Ordinal));
    }

    private static Dictionary<string, byte[]> Files() =>
        ReferenceDataReader.FileNames.ToDictionary(n => n, n => File.ReadAllBytes(Path.Combine(TestPaths.ReferenceData, n)), StringComparer.Ordinal);
}
