using System.Net;
using System.Text.Json;
using Concord.Tests.Support;

namespace Concord.Tests.CompetentAuthorities;

/// <summary>The competent-authority directory and the structure, through the API and the pages, on both databases.</summary>
public sealed class DirectoryTests(NodePair nodes) : IClassFixture<NodePair>
{
    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task The_API_answers_who_handles_extradition_in_Kyrgyzstan(StorageKind kind)
    {
        using var client = await WebSession.ApiClientAsync(nodes[kind], "kz.officer");
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/api/v1/competent-authorities?state=KG&matter=extradition"));
        var entry = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("KG", entry.GetProperty("state").GetString());
        var agencies = entry.GetProperty("agencies").EnumerateArray().ToList();
        Assert.NotEmpty(agencies);
        Assert.All(agencies, a =>
        {
            Assert.StartsWith("kg-", a.GetProperty("agency").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(a.GetProperty("name").GetProperty("zh").GetString()));
            Assert.False(string.IsNullOrEmpty(a.GetProperty("name").GetProperty("ru").GetString()));
        });
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task The_structure_API_returns_states_bodies_levels_domains_and_agencies(StorageKind kind)
    {
        using var client = await WebSession.ApiClientAsync(nodes[kind], "cn.analyst");
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/api/v1/structure"));
        var root = doc.RootElement;
        Assert.Equal(10, root.GetProperty("states").EnumerateArray().Count(s => s.GetProperty("status").GetString() == "member"));
        Assert.Equal(5, root.GetProperty("levels").GetArrayLength());
        Assert.Equal(4, root.GetProperty("domains").GetArrayLength());
        Assert.Contains(root.GetProperty("bodies").EnumerateArray(), b => b.GetProperty("id").GetString() == "rats-executive-committee");
    }

    [Fact]
    public async Task An_unknown_state_is_a_problem_details_404_with_a_stable_code()
    {
        using var client = await WebSession.ApiClientAsync(nodes[StorageKind.Sqlite], "kz.officer");
        var response = await client.GetAsync("/api/v1/competent-authorities?state=XX");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("urn:concord:problem:unknown-state", problem.RootElement.GetProperty("type").GetString());
        Assert.Equal("unknown-state", problem.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_API_without_a_token_answers_401_problem_details_and_never_accepts_the_sign_in_cookie()
    {
        var node = nodes[StorageKind.Sqlite];
        using var anonymous = node.CreateClient();
        var response = await anonymous.GetAsync("/api/v1/structure");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not-authenticated", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var browser = await WebSession.SignInDemoAsync(node, "kg.officer");
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/structure")).StatusCode);
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task The_directory_page_shows_the_answer_and_the_structure_page_draws_the_chart(StorageKind kind)
    {
        using var client = await WebSession.SignInDemoAsync(nodes[kind], "cn.analyst");
        var directory = await WebSession.GetPageAsync(client, "/Directory?state=KG&matter=extradition");
        Assert.Contains("id=\"directory-results\"", directory, StringComparison.Ordinal);
        Assert.Contains("class=\"agency\"", directory, StringComparison.Ordinal);
        var structure = await WebSession.GetPageAsync(client, "/Structure");
        Assert.Contains("class=\"tree\"", structure, StringComparison.Ordinal);
        Assert.Contains("Tashkent", structure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blind_spots_are_shown_as_such_on_the_structure_page()
    {
        using var client = await WebSession.SignInDemoAsync(nodes[StorageKind.Sqlite], "rats.analyst");
        var structure = await WebSession.GetPageAsync(client, "/Structure");
        Assert.Contains("node gap", structure, StringComparison.Ordinal);
    }
}
