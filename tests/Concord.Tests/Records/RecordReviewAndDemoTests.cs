using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Core.Data;
using Concord.Core.Records;
using Concord.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Concord.Tests.Records.RecordTestData;

namespace Concord.Tests.Records;

/// <summary>Review dates, the demo set, and the command line.</summary>
public sealed class RecordReviewAndDemoTests
{
    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task Records_past_review_are_flagged_then_leave_search_after_the_grace_period_until_renewed(StorageKind kind)
    {
        await using var node = await TestNode.StartAsync(kind, new Dictionary<string, string?> { ["Records:ReviewGraceDays"] = "10" });
        using var kz = await WebSession.ApiClientAsync(node, "kz.officer");
        using var kg = await WebSession.ApiClientAsync(node, "kg.officer");
        var due = (await CreateAsync(kz, Person("Даурен Сейткали", document: "N90000001"))).GetProperty("id").GetString()!;
        var expired = (await CreateAsync(kz, Person("Даурен Сейткали", document: "N90000002"))).GetProperty("id").GetString()!;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await node.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ConcordDbContext>();
            await db.Records.Where(r => r.Id == due).ExecuteUpdateAsync(s => s.SetProperty(r => r.ReviewDate, today.AddDays(-3)));
            await db.Records.Where(r => r.Id == expired).ExecuteUpdateAsync(s => s.SetProperty(r => r.ReviewDate, today.AddDays(-30)));
            return 0;
        });
        var run = await node.InScopeAsync(sp => sp.GetRequiredService<FlagRecordsForReview>().ExecuteAsync());
        Assert.True(run.Flagged >= 2 && run.Suspended >= 1, run.ToString());
        var audited = await node.InScopeAsync(async sp => await sp.GetRequiredService<ConcordDbContext>().AuditEntries
            .Where(e => e.Action == "record.review-due" || e.Action == "record.suspended").Select(e => e.Object).ToListAsync());
        Assert.Contains("record:" + expired, audited);

        // The index holds what it held; the date decides. Reload it so the changed review dates are seen.
        await node.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ConcordDbContext>();
            var all = await db.Records.AsNoTracking().Where(r => r.Status == "active").ToListAsync();
            await sp.GetRequiredService<RecordSearchIndex>().LoadAsync([.. all.Select(IndexedRecord.From)]);
            return 0;
        });
        var result = await SearchAsync(kg, new { name = "Dauren Seitkali", purpose = "review test" });
        var found = Ids(result, "hits").ToList();
        Assert.Contains(due, found);
        Assert.DoesNotContain(expired, found);

        var mine = await kz.GetFromJsonAsync<JsonElement>("/api/v1/records/mine?reviewDue=true");
        Assert.Equal(2, mine.GetProperty("reviewDue").GetInt32());
        var renew = await kz.PostAsJsonAsync($"/api/v1/records/{expired}/renew", new { reviewDate = InAYear, reason = "Still wanted: warrant extended" });
        Assert.True(renew.IsSuccessStatusCode, await renew.Content.ReadAsStringAsync());
        Assert.Contains(expired, Ids(await SearchAsync(kg, new { name = "Dauren Seitkali", purpose = "review test" }), "hits"));
        var noReason = await kz.PostAsJsonAsync($"/api/v1/records/{due}/renew", new { reviewDate = InAYear, reason = "" });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, noReason.StatusCode);

        var deleted = await kz.PostAsJsonAsync($"/api/v1/records/{due}/delete", new { reason = "No longer needed" });
        Assert.True(deleted.IsSuccessStatusCode);
        var row = await node.InScopeAsync(async sp => await sp.GetRequiredService<ConcordDbContext>().Records.AsNoTracking().SingleAsync(r => r.Id == due));
        Assert.Equal("deleted", row.Status);
        Assert.Equal("{}", row.Details);
        var versions = await node.InScopeAsync(async sp => await sp.GetRequiredService<ConcordDbContext>().RecordVersions.AsNoTracking().Where(v => v.RecordId == due).ToListAsync());
        Assert.All(versions, v => Assert.Equal("{}", v.Snapshot));
        Assert.Contains(versions, v => v.Change == "deleted" && v.Reason == "No longer needed");
    }

    [Fact]
    public async Task A_demo_node_answers_healthz_at_once_and_holds_the_synthetic_set_and_the_UN_list()
    {
        var watch = Stopwatch.StartNew();
        await using var node = await TestNode.StartAsync(StorageKind.Sqlite, new Dictionary<string, string?> { ["Records:DemoData"] = "true", ["Records:DemoPersons"] = "600" });
        using var client = node.CreateClient();
        Assert.Equal("ok", await client.GetStringAsync("/healthz"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), watch.Elapsed.ToString());

        var index = node.Services.GetRequiredService<RecordSearchIndex>();
        await index.WhenReady.WaitAsync(TimeSpan.FromMinutes(2));
        var counts = await node.InScopeAsync(async sp => await sp.GetRequiredService<ConcordDbContext>().Records.GroupBy(r => r.Origin).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        Assert.Equal(1003, counts.Single(c => c.Key == RecordOrigins.UnList).Count);
        Assert.True(counts.Single(c => c.Key == RecordOrigins.Demo).Count > 600);

        // Names in the scripts of all ten member states.
        var names = await node.InScopeAsync(async sp => await sp.GetRequiredService<ConcordDbContext>().Records.Where(r => r.Origin == RecordOrigins.Demo && r.Kind == "person").Select(r => r.Details).ToListAsync());
        foreach (var pattern in new[] { @"\p{IsCJKUnifiedIdeographs}", @"\p{IsCyrillic}", @"\p{IsDevanagari}", @"\p{IsArabic}", "Ұ|Қ|Ә|Ғ", "Ү|Ө|Ң", "Ҳ|Ҷ|Ӯ", "ʻ", "ў|і" })
        {
            Assert.Contains(names, n => System.Text.RegularExpressions.Regex.IsMatch(n, pattern));
        }
        using var rats = await WebSession.ApiClientAsync(node, "rats.analyst");
        var hit = await SearchAsync(rats, new { name = "Eric Badege", purpose = "demo check" });
        Assert.NotEmpty(hit.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task The_command_line_imports_a_CSV_file_and_exports_STIX()
    {
        using var storage = new TestStorage(StorageKind.Sqlite);
        await using (var node = await TestNode.StartAsync(storage))
        {
            // The node creates the database; the command works on it while the node is stopped.
        }
        var csv = Path.Combine(storage.DataDirectory, "orgs.csv");
        await File.WriteAllTextAsync(csv, "id,names,designations,legal_basis,purpose,evaluation\n"
            + "o1,Северный рассвет|Severny Rassvet,KZ:2015-01-01:Decision 1,Designation,Countering terrorism,A2\n");
        var import = await CliRunner.RunAsync(["import", "csv", csv, "--kind", "organization", "--owner", "kz-mvd", .. storage.CliArguments]);
        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        Assert.Contains("1 created", import.Output, StringComparison.Ordinal);

        var bad = Path.Combine(storage.DataDirectory, "bad.csv");
        await File.WriteAllTextAsync(bad, "names,religion\nX,y\n");
        var refused = await CliRunner.RunAsync(["import", "csv", bad, "--kind", "person", .. storage.CliArguments]);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("line 1", refused.Error, StringComparison.Ordinal);

        var output = Path.Combine(storage.DataDirectory, "out.json");
        var export = await CliRunner.RunAsync(["export", "stix", "--owner", "kz-mvd", "--output", output, .. storage.CliArguments]);
        Assert.True(export.ExitCode == 0, export.Output + export.Error);
        Assert.Contains("Severny Rassvet", await File.ReadAllTextAsync(output), StringComparison.Ordinal);
    }
}
