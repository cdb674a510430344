using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concord.Tests.Support;
using static Concord.Tests.Records.RecordTestData;

namespace Concord.Tests.Federation;

/// <summary>A restricted hit in the RATS database notifies the owner on its own node, through the secure exchange.</summary>
public sealed class HitNoticeForwardingTests
{
    [Fact]
    public async Task A_restricted_hit_on_the_RATS_node_reaches_the_owning_agency_on_its_national_node_as_a_hit_notice_message()
    {
        await using var nodes = await FederatedNodes.StartAsync(StorageKind.Sqlite,
            new Dictionary<string, string> { ["rats"] = "rats-executive-committee", ["kz"] = "kz-knb" });
        // The Kazakh interior ministry's record is held in the RATS database on the RATS node.
        using var contributor = await nodes.ClientAsync("rats", "kz.officer");
        var record = await CreateAsync(contributor, Person("Серик Жумабаев", handling: "H2", birth: "1979-02-11"));
        var reference = record.GetProperty("id").GetString()!;

        using var searcher = await nodes.ClientAsync("rats", "cn.analyst");
        var result = await SearchAsync(searcher, new { name = "Serik Zhumabayev", purpose = "Visa application check, Urumqi" });
        Assert.Equal(reference, result.GetProperty("restricted")[0].GetProperty("reference").GetString());

        using var owner = await nodes.ClientAsync("kz", "kz.officer");
        JsonObject? notice = null;
        await FederatedNodes.EventuallyAsync(async () =>
        {
            var inbox = await owner.GetFromJsonAsync<JsonObject>("/api/v1/messages?box=inbox&pageSize=10");
            notice = inbox!["items"]!.AsArray().Select(i => i!.AsObject()).FirstOrDefault(i => (string?)i["type"] == "hit-notice");
            return notice is not null;
        }, "the hit notice reached kz");
        Assert.Equal("rats-executive-committee", (string?)notice!["from"]);
        Assert.Contains(reference, (string?)notice["subject"], StringComparison.Ordinal);
        var opened = await owner.GetFromJsonAsync<JsonObject>($"/api/v1/messages/{(string?)notice["id"]}");
        var body = (string?)opened!["body"];
        Assert.Contains("Stated purpose: Visa application check, Urumqi", body, StringComparison.Ordinal);
        Assert.Contains("cn.analyst", body, StringComparison.Ordinal);
        Assert.Equal("H2", (string?)opened["summary"]!["handlingCode"]);
    }
}
