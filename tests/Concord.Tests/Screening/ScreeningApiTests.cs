using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Tests.Support;
using static Concord.Tests.Records.RecordTestData;

namespace Concord.Tests.Screening;

/// <summary>POST /api/v1/screening: a list of names in, ranked candidates with explanations out, under the records' access rules.</summary>
public sealed class ScreeningApiTests
{
    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task A_list_in_several_scripts_is_screened_with_explanations_alerts_and_restricted_hits(StorageKind kind)
    {
        await using var node = await TestNode.StartAsync(kind);
        using var kz = await WebSession.ApiClientAsync(node, "kz.officer");
        using var cn = await WebSession.ApiClientAsync(node, "cn.analyst");
        var open = await CreateAsync(kz, Person("Ерлан Касымов", birth: "1985-07-01", document: "N55500022"));
        var secret = await CreateAsync(kz, Person("Серик Жумабаев", handling: "H2", birth: "1979-02-11"));

        var response = await cn.PostAsJsonAsync("/api/v1/screening", new
        {
            purpose = "Accreditation screening, SCO summit 2026",
            names = new object[]
            {
                new { id = "a-1", name = "KASYMOV, Erlan", birthDate = "1985" },
                new { id = "a-2", name = "Serik Zhumabayev" },
                new { id = "a-3", name = "Wang Xiaoming" },
            },
            top = 5,
        }, Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(0.8, result.GetProperty("alertThreshold").GetDouble());
        var results = result.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);

        var first = results["a-1"];
        Assert.True(first.GetProperty("alert").GetBoolean());
        var candidate = first.GetProperty("candidates")[0];
        Assert.Equal(open.GetProperty("id").GetString(), candidate.GetProperty("reference").GetString());
        Assert.True(candidate.GetProperty("score").GetDouble() >= 0.8);
        Assert.NotEmpty(candidate.GetProperty("explanation").GetProperty("parts").EnumerateArray());

        var second = results["a-2"];
        Assert.True(second.GetProperty("alert").GetBoolean());
        Assert.Empty(second.GetProperty("candidates").EnumerateArray());
        Assert.Equal(secret.GetProperty("id").GetString(), second.GetProperty("restricted")[0].GetProperty("reference").GetString());
        Assert.DoesNotContain("Жумабаев", result.GetRawText(), StringComparison.Ordinal);

        Assert.False(results["a-3"].GetProperty("alert").GetBoolean());
        Assert.Equal(2, result.GetProperty("alerts").GetInt32());

        // The owner of the restricted record learns who screened, when and why.
        var inbox = await kz.GetFromJsonAsync<JsonElement>("/api/v1/records/hit-notices", Json);
        var notice = Assert.Single(inbox.GetProperty("items").EnumerateArray());
        Assert.Equal("Accreditation screening, SCO summit 2026", notice.GetProperty("purpose").GetString());
        Assert.Equal("cn.analyst", notice.GetProperty("searcher").GetString());
    }

    [Fact]
    public async Task Bad_input_is_a_problem_naming_each_field_and_screens_nothing()
    {
        await using var node = await TestNode.StartAsync(StorageKind.Sqlite);
        using var cn = await WebSession.ApiClientAsync(node, "cn.analyst");
        var response = await cn.PostAsJsonAsync("/api/v1/screening", new
        {
            purpose = "x",
            names = new object[] { new { name = "Ok Name" }, new { name = "" }, new { name = "Li Wei", birthDate = "11.02.1979" } },
        }, Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal(["purpose", "names[1].name", "names[2].birthDate"], fields);
        var searches = await node.InScopeAsync(sp => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Core.Data.ConcordDbContext>(sp).AuditEntries,
            e => e.Action == "records.search"));
        Assert.Equal(0, searches);
    }

    [Fact]
    public async Task An_auditor_may_not_screen_names()
    {
        await using var node = await TestNode.StartAsync(StorageKind.Sqlite);
        using var auditor = await WebSession.ApiClientAsync(node, "auditor");
        var response = await auditor.PostAsJsonAsync("/api/v1/screening", new { purpose = "Looking around", names = new object[] { new { name = "Li Wei" } } }, Json);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_screening_endpoint_is_in_the_OpenAPI_document()
    {
        await using var node = await TestNode.StartAsync(StorageKind.Sqlite);
        using var client = node.CreateClient();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var post = doc.RootElement.GetProperty("paths").GetProperty("/api/v1/screening").GetProperty("post");
        Assert.Equal("ScreenNames", post.GetProperty("operationId").GetString());
        Assert.True(post.TryGetProperty("requestBody", out _));
    }
}
