using System.Net;
using System.Text.Json;
using Concord.Tests.Support;

namespace Concord.Tests.Audit;

/// <summary>Auditors see who did what; others may not; reads of protected resources are themselves recorded.</summary>
public sealed class AuditLogTests(NodePair nodes) : IClassFixture<NodePair>
{
    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task An_auditor_lists_sign_ins_and_reads_with_actor_organisation_purpose_and_chained_hashes(StorageKind kind)
    {
        var node = nodes[kind];
        using (var officer = await WebSession.SignInDemoAsync(node, "kz.officer"))
        {
            await officer.GetAsync("/Directory?state=KG&matter=extradition");
        }
        using var auditor = await WebSession.ApiClientAsync(node, "auditor");
        using var doc = JsonDocument.Parse(await auditor.GetStringAsync("/api/v1/audit?actor=kz.officer&pageSize=500"));
        var items = doc.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, e => e.GetProperty("action").GetString() == "auth.sign-in" && e.GetProperty("outcome").GetString() == "success");
        var read = Assert.Single(items, e => e.GetProperty("action").GetString() == "competentauthorities.read");
        Assert.Equal("state=KG;matter=extradition", read.GetProperty("purpose").GetString());
        Assert.Equal("kz-mvd", read.GetProperty("organisation").GetString());
        Assert.Equal(64, read.GetProperty("hash").GetString()!.Length);
        Assert.Equal(64, read.GetProperty("previousHash").GetString()!.Length);
    }

    [Fact]
    public async Task The_audit_list_pages_backwards_with_a_next_link()
    {
        using var auditor = await WebSession.ApiClientAsync(nodes[StorageKind.Sqlite], "auditor");
        using var first = JsonDocument.Parse(await auditor.GetStringAsync("/api/v1/audit?pageSize=3"));
        var next = first.RootElement.GetProperty("next").GetString()!;
        Assert.Contains("before=", next, StringComparison.Ordinal);
        using var second = JsonDocument.Parse(await auditor.GetStringAsync(next));
        var lastOfFirst = first.RootElement.GetProperty("items")[2].GetProperty("sequence").GetInt64();
        Assert.True(second.RootElement.GetProperty("items")[0].GetProperty("sequence").GetInt64() < lastOfFirst);
    }

    [Fact]
    public async Task An_officer_may_not_read_the_audit_log_and_the_refusal_is_itself_audited()
    {
        var node = nodes[StorageKind.Sqlite];
        using var officer = await WebSession.ApiClientAsync(node, "cn.analyst");
        var response = await officer.GetAsync("/api/v1/audit");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("access-denied", problem.RootElement.GetProperty("code").GetString());

        using var auditor = await WebSession.ApiClientAsync(node, "auditor");
        using var doc = JsonDocument.Parse(await auditor.GetStringAsync("/api/v1/audit?actor=cn.analyst&outcome=denied"));
        Assert.Contains(doc.RootElement.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "auditlog.query");
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task The_verify_endpoint_reports_an_intact_chain(StorageKind kind)
    {
        using var auditor = await WebSession.ApiClientAsync(nodes[kind], "auditor");
        using var doc = JsonDocument.Parse(await auditor.GetStringAsync("/api/v1/audit/verify"));
        Assert.True(doc.RootElement.GetProperty("intact").GetBoolean());
        Assert.True(doc.RootElement.GetProperty("entriesChecked").GetInt64() > 10);
    }

    [Fact]
    public async Task The_audit_page_filters_by_action_and_shows_the_head_to_record()
    {
        var node = nodes[StorageKind.Sqlite];
        using var auditor = await WebSession.SignInDemoAsync(node, "auditor");
        var html = await WebSession.GetPageAsync(auditor, "/Audit?action=account.create");
        Assert.Contains("id=\"audit-head\"", html, StringComparison.Ordinal);
        Assert.Contains("account.create", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">auth.sign-in<", html, StringComparison.Ordinal);
        var verify = await WebSession.GetPageAsync(auditor, "/Audit/Verify");
        Assert.Contains("notice ok", verify, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reversed_date_range_is_a_clear_error()
    {
        using var auditor = await WebSession.ApiClientAsync(nodes[StorageKind.Sqlite], "auditor");
        var response = await auditor.GetAsync("/api/v1/audit?from=2026-05-01&to=2026-04-01");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("date-range-reversed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
