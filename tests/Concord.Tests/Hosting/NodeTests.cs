using System.Net;
using System.Text.Json;
using Concord.Core.Audit;
using Concord.Core.Data;
using Concord.Core.Reference;
using Concord.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Concord.Tests.Hosting;

/// <summary>A node starts on both databases, answers health checks, publishes its API, and refuses bad configuration clearly.</summary>
public sealed class NodeTests(NodePair nodes) : IClassFixture<NodePair>
{
    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task A_new_node_answers_healthz_and_holds_the_reference_data(StorageKind kind)
    {
        var node = nodes[kind];
        using var client = node.CreateClient();
        var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        await node.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ConcordDbContext>();
            Assert.Equal(10, await db.States.CountAsync(s => s.Status == MembershipStatus.Member));
            Assert.Equal(130, await db.Competences.CountAsync());
            Assert.True(await db.Organisations.CountAsync() > 100);
            Assert.Equal(9, await db.Users.CountAsync());
            return 0;
        });
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task Restarting_on_the_same_database_loads_reference_data_only_once(StorageKind kind)
    {
        using var storage = new TestStorage(kind);
        await (await TestNode.StartAsync(storage)).DisposeAsync();
        await using var second = await TestNode.StartAsync(storage);
        var loads = await second.InScopeAsync(sp => sp.GetRequiredService<ConcordDbContext>().AuditEntries.CountAsync(e => e.Action == "reference.load"));
        Assert.Equal(1, loads);
        // No second set of demo accounts on an existing database.
        Assert.Null(second.Demo.Find("kz.officer"));
        var verification = await second.InScopeAsync(sp => sp.GetRequiredService<VerifyAuditLog>().ExecuteAsync(Core.Access.Caller.System with
        {
            Subject = new Core.Access.Subject("system", "", null, Core.Access.Role.Auditor),
        }));
        Assert.True(verification.Value.Intact);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API_and_its_bearer_authentication()
    {
        using var client = nodes[StorageKind.Sqlite].CreateClient();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/structure", "/api/v1/competent-authorities", "/api/v1/audit", "/api/v1/audit/verify", "/api/v1/me" })
        {
            Assert.True(paths.TryGetProperty(path, out var item), path + " is missing from the OpenAPI document");
            var get = item.GetProperty("get");
            Assert.True(get.TryGetProperty("summary", out _), path + " has no summary");
            Assert.True(get.TryGetProperty("operationId", out _), path + " has no operationId");
        }
        Assert.Equal("bearer", doc.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task The_API_reference_UI_is_served_by_the_node_itself_without_external_scripts()
    {
        using var client = nodes[StorageKind.Sqlite].CreateClient();
        var response = await client.GetAsync("/api/docs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("src=\"https?://", html);
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_a_script_free_content_security_policy()
    {
        using var client = nodes[StorageKind.Sqlite].CreateClient();
        var response = await client.GetAsync("/Account/SignIn");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("script-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Protected_pages_send_anonymous_visitors_to_sign_in()
    {
        using var client = nodes[StorageKind.Sqlite].CreateClient(followRedirects: false);
        var response = await client.GetAsync("/Directory");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_storage_provider_stops_start_up_with_a_message_naming_the_setting()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            TestNode.StartAsync(StorageKind.Sqlite, new Dictionary<string, string?> { ["Storage:Provider"] = "oracle" }));
        var message = Concord.Web.Hosting.NodeProgram.Describe(error);
        Assert.Contains("Storage:Provider is 'oracle', but it must be 'sqlite' or 'postgres'.", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgreSQL_without_a_connection_string_stops_start_up_with_a_message()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            TestNode.StartAsync(StorageKind.Sqlite, new Dictionary<string, string?> { ["Storage:Provider"] = "postgres", ["ConnectionStrings:Postgres"] = "" }));
        Assert.Contains("ConnectionStrings:Postgres is not set", Concord.Web.Hosting.NodeProgram.Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_reference_data_stops_start_up_naming_file_line_field_and_reason()
    {
        var copy = TestPaths.NewTempDirectory("concord-ref");
        foreach (var file in System.IO.Directory.GetFiles(TestPaths.ReferenceData))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
        var bodies = File.ReadAllText(Path.Combine(copy, "bodies.json")).Replace("\"workingSince\": \"2004-01\"", "\"workingSince\": \"January 2004\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(copy, "bodies.json"), bodies);
        var error = await Assert.ThrowsAsync<Core.ReferenceDataException>(() =>
            TestNode.StartAsync(StorageKind.Sqlite, new Dictionary<string, string?> { ["Concord:ReferenceDataDirectory"] = copy }));
        Assert.Matches(@"bodies\.json:\d+: \$\.items\[\d\]\.workingSince: 'January 2004' is not a date", error.Message);
    }
}
