using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Core.Access;
using Concord.Core.Records;
using Concord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Concord.Tests.Records.RecordTestData;

namespace Concord.Tests.Records;

/// <summary>Hit/no-hit search through the API on both databases: visibility, restricted hits, owner notices, explanations.</summary>
public sealed class RecordSearchTests
{
    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task A_restricted_hit_tells_the_searcher_only_to_contact_the_owner_and_notifies_the_owner(StorageKind kind)
    {
        await using var node = await TestNode.StartAsync(kind);
        using var kz = await WebSession.ApiClientAsync(node, "kz.officer");
        using var kg = await WebSession.ApiClientAsync(node, "kg.officer");
        var secret = await CreateAsync(kz, Person("Серик Жумабаев", handling: "H2", birth: "1979-02-11", document: "N55500011"));
        var open = await CreateAsync(kz, Person("Ерлан Касымов", birth: "1985-07-01", document: "N55500022"));

        var result = await SearchAsync(kg, new { name = "Serik Zhumabayev", purpose = "Border check at Torugart" });
        Assert.Empty(Ids(result, "hits"));
        var restricted = Assert.Single(result.GetProperty("restricted").EnumerateArray());
        Assert.Equal(secret.GetProperty("id").GetString(), restricted.GetProperty("reference").GetString());
        Assert.Equal("hit — contact the owner", restricted.GetProperty("message").GetString());
        // Nothing of the record's content travels with a restricted hit.
        Assert.DoesNotContain("Жумабаев", result.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("1979", result.GetRawText(), StringComparison.Ordinal);

        var visible = await SearchAsync(kg, new { name = "Erlan Kasymov", purpose = "Border check at Torugart" });
        var hit = Assert.Single(visible.GetProperty("hits").EnumerateArray());
        Assert.Equal(open.GetProperty("id").GetString(), hit.GetProperty("id").GetString());
        Assert.NotEmpty(hit.GetProperty("explanation").GetProperty("parts").EnumerateArray());

        var inbox = await kz.GetFromJsonAsync<JsonElement>("/api/v1/records/hit-notices");
        var notice = Assert.Single(inbox.GetProperty("items").EnumerateArray());
        Assert.Equal(secret.GetProperty("id").GetString(), notice.GetProperty("record").GetString());
        Assert.Equal("kg.officer", notice.GetProperty("searcher").GetString());
        Assert.Equal("Border check at Torugart", notice.GetProperty("purpose").GetString());
        Assert.Equal("new", notice.GetProperty("status").GetString());
        Assert.Contains("Serik Zhumabayev", notice.GetProperty("query").GetString(), StringComparison.Ordinal);

        // The searcher's organisation cannot read the notice inbox of the owner, nor the record.
        var kgInbox = await kg.GetFromJsonAsync<JsonElement>("/api/v1/records/hit-notices");
        Assert.Empty(kgInbox.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await kg.GetAsync("/api/v1/records/" + secret.GetProperty("id").GetString())).StatusCode);

        // The owner discloses; the searcher sees the answer among the notices their searches caused.
        var decision = await kz.PostAsJsonAsync($"/api/v1/records/hit-notices/{notice.GetProperty("id").GetString()}/decision",
            new { status = "disclosed", text = "Wanted for arrest; contact the duty officer of the KZ interior ministry." });
        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        var sent = await kg.GetFromJsonAsync<JsonElement>("/api/v1/records/hit-notices?sent=true");
        var answered = Assert.Single(sent.GetProperty("items").EnumerateArray());
        Assert.Equal("disclosed", answered.GetProperty("status").GetString());
        Assert.StartsWith("Wanted for arrest", answered.GetProperty("decision").GetString(), StringComparison.Ordinal);

        // The search and the notice are in the audit log with the stated purpose.
        var entries = await node.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Core.Data.ConcordDbContext>();
            return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.AuditEntries.Where(e => e.Action == "records.search" || e.Action == "hit-notice.create"));
        });
        Assert.Contains(entries, e => e.Action == "hit-notice.create" && e.Purpose == "Border check at Torugart");
        Assert.Contains(entries, e => e.Action == "records.search" && e.Object.Contains(secret.GetProperty("id").GetString()!, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task Search_finds_names_across_scripts_and_by_document_and_date_of_birth(StorageKind kind)
    {
        await using var node = await TestNode.StartAsync(kind);
        using var ru = await WebSession.ApiClientAsync(node, "ru.supervisor");
        using var cn = await WebSession.ApiClientAsync(node, "cn.analyst");
        var person = await CreateAsync(ru, Person("Александр Петров", birth: "1971-03-05", nationality: "RU", document: "45 1234567"));
        var organisation = await CreateAsync(ru, Organisation("Движение «Северный рассвет»"));
        var id = person.GetProperty("id").GetString();

        Assert.Contains(id, Ids(await SearchAsync(cn, new { name = "Aleksandr Petrov", purpose = "Visa screening" }), "hits"));
        Assert.Contains(id, Ids(await SearchAsync(cn, new { documentNumber = "451234567", purpose = "Visa screening" }), "hits"));
        Assert.Contains(id, Ids(await SearchAsync(cn, new { birthDate = "1971-03", purpose = "Visa screening" }), "hits"));
        Assert.Contains(organisation.GetProperty("id").GetString(), Ids(await SearchAsync(cn, new { organisation = "Severny rassvet", purpose = "Visa screening" }), "hits"));

        var noHit = await SearchAsync(cn, new { name = "Zhang Wei", purpose = "Visa screening" });
        Assert.Empty(noHit.GetProperty("hits").EnumerateArray());
        Assert.Empty(noHit.GetProperty("restricted").EnumerateArray());

        var noPurpose = await cn.PostAsJsonAsync("/api/v1/records/search", new { name = "Petrov" });
        Assert.Equal(HttpStatusCode.BadRequest, noPurpose.StatusCode);
        Assert.Contains("search-purpose-required", await noPurpose.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task Only_the_owner_changes_a_record_and_every_change_is_a_version(StorageKind kind)
    {
        await using var node = await TestNode.StartAsync(kind);
        using var kz = await WebSession.ApiClientAsync(node, "kz.officer");
        using var ru = await WebSession.ApiClientAsync(node, "ru.supervisor");
        var created = await CreateAsync(kz, Person("Асхат Омаров", document: "N77700001"));
        var id = created.GetProperty("id").GetString();
        var changed = Person("Асхат Омаров", document: "N77700002");

        var foreign = await ru.PutAsJsonAsync("/api/v1/records/" + id, new { version = 1, reason = "correction", record = changed }, Json);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        var own = await kz.PutAsJsonAsync("/api/v1/records/" + id, new { version = 1, reason = "passport renewed", record = changed }, Json);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var stale = await kz.PutAsJsonAsync("/api/v1/records/" + id, new { version = 1, reason = "again", record = changed }, Json);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var view = await kz.GetFromJsonAsync<JsonElement>("/api/v1/records/" + id + "?purpose=check");
        Assert.Equal(2, view.GetProperty("version").GetInt32());
        Assert.Equal(["updated", "created"], view.GetProperty("history").EnumerateArray().Select(v => v.GetProperty("change").GetString()));
        Assert.Equal("passport renewed", view.GetProperty("history")[0].GetProperty("reason").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await ru.PostAsJsonAsync($"/api/v1/records/{id}/withdraw", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await kz.PostAsJsonAsync($"/api/v1/records/{id}/withdraw", new { reason = "arrested" })).StatusCode);
        var after = await SearchAsync(ru, new { documentNumber = "N77700002", purpose = "check after withdrawal" });
        Assert.Empty(after.GetProperty("hits").EnumerateArray());
        Assert.Empty(after.GetProperty("restricted").EnumerateArray());
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task Search_results_honour_the_access_policy_for_every_demo_user_over_generated_records(StorageKind kind)
    {
        await using var node = await TestNode.StartAsync(kind);
        string[] owners = ["kz.officer", "kg.officer", "cn.analyst", "ru.supervisor", "uz.coordinator", "rats.analyst"];
        var clients = new Dictionary<string, HttpClient>();
        foreach (var user in owners)
        {
            clients[user] = await WebSession.ApiClientAsync(node, user);
        }
        string[] handlings = ["H0", "H1", "H2", "H3"];
        string[] distributions = ["all-members", "listed-states", "rats-only", "owner-only"];
        var random = new Random(7);
        for (var i = 0; i < 48; i++)
        {
            var distribution = distributions[i % 4];
            await CreateAsync(clients[owners[random.Next(owners.Length)]], Person("Тимур Саидов", handlings[(i / 4) % 4], distribution,
                distribution == "listed-states" ? ["KZ", "CN"] : null, birth: "1990-01-" + (1 + i % 28).ToString("00", System.Globalization.CultureInfo.InvariantCulture), document: "T" + i.ToString("0000000", System.Globalization.CultureInfo.InvariantCulture)));
        }
        var index = node.Services.GetRequiredService<RecordSearchIndex>();
        foreach (var user in owners)
        {
            var result = await SearchAsync(clients[user], new { name = "Timur Saidov", purpose = "access matrix end to end", top = 100 });
            var subject = await node.InScopeAsync(async sp => await SubjectOfAsync(sp, user));
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var seen = Ids(result, "hits").ToList();
            var restricted = Ids(result, "restricted", "reference").ToList();
            Assert.Equal(48, seen.Count + restricted.Count);
            foreach (var hit in index.Search(new IndexQuery("Timur Saidov", global::Concord.Matching.Model.EntityKind.Person, null, null, null, null, 100, 0.5)))
            {
                var allowed = AccessPolicy.Decide(subject, AccessAction.Read, hit.Record.Resource(today, 30)).Allowed;
                Assert.True(allowed ? seen.Contains(hit.Record.Id) : restricted.Contains(hit.Record.Id), $"{user} {hit.Record.Id} {allowed}");
            }
        }
        foreach (var c in clients.Values)
        {
            c.Dispose();
        }
    }

    private static async Task<Subject> SubjectOfAsync(IServiceProvider sp, string userName)
    {
        var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Core.Accounts.ConcordUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        var db = sp.GetRequiredService<Core.Data.ConcordDbContext>();
        var org = await db.Organisations.FindAsync(user.OrganisationId);
        var roles = Roles.Combine(await users.GetRolesAsync(user));
        return new Subject(user.Id, user.OrganisationId, org!.StateCode, roles);
    }
}
