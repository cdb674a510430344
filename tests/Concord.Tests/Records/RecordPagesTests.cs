using System.Net;
using Concord.Tests.Support;
using static Concord.Tests.Records.RecordTestData;

namespace Concord.Tests.Records;

/// <summary>The database pages, server-rendered, in Chinese, Russian and English, used like a browser without script.</summary>
public sealed class RecordPagesTests
{
    [Theory]
    [InlineData("zh", "反恐怖机构数据库", "命中——请联系所有方")]
    [InlineData("ru", "База данных РАТС", "Совпадение — обратитесь к владельцу")]
    [InlineData("en", "RATS database", "Hit — contact the owner")]
    public async Task An_officer_searches_sees_a_restricted_hit_and_the_owner_answers_in_the_inbox(string language, string title, string restricted)
    {
        await using var node = await TestNode.StartAsync(StorageKind.Sqlite);
        using var owner = await WebSession.ApiClientAsync(node, "kz.officer");
        var record = await CreateAsync(owner, Person("Бауыржан Искаков", handling: "H3", document: "N31313131"));
        var id = record.GetProperty("id").GetString()!;

        using var kg = await WebSession.SignInDemoAsync(node, "kg.officer", language);
        var page = await WebSession.GetPageAsync(kg, "/Records");
        Assert.Contains(title, page, StringComparison.Ordinal);
        Assert.Contains("href=\"/Records\"", page, StringComparison.Ordinal);
        var search = await WebSession.PostFormAsync(kg, "/Records", new Dictionary<string, string>
        {
            ["Form.Name"] = "Bauyrzhan Iskakov",
            ["Form.Purpose"] = "Airport passenger check",
        });
        var html = await search.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Contains(restricted, html, StringComparison.Ordinal);
        Assert.Contains(id, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Искаков", html, StringComparison.Ordinal);

        using var kz = await WebSession.SignInDemoAsync(node, "kz.officer", language);
        var inbox = await WebSession.GetPageAsync(kz, "/Records/Inbox");
        Assert.Contains("Airport passenger check", inbox, StringComparison.Ordinal);
        Assert.Contains("Бауыржан Искаков", inbox, StringComparison.Ordinal);
        var noticeId = System.Text.RegularExpressions.Regex.Match(inbox, "name=\"id\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        var answer = await WebSession.PostFormAsync(kz, "/Records/Inbox", new Dictionary<string, string>
        {
            ["id"] = noticeId,
            ["decision"] = "declined",
            ["text"] = "Not for this purpose.",
        }, "/Records/Inbox?handler=Decide");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Not for this purpose.", await WebSession.GetPageAsync(kg, "/Records/Inbox"), StringComparison.Ordinal);

        var view = await WebSession.GetPageAsync(kz, "/Records/View/" + id);
        Assert.Contains("id=\"history\"", view, StringComparison.Ordinal);
        var denied = await kg.GetAsync("/Records/View/" + id);
        Assert.StartsWith("/Account/AccessDenied", denied.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain("Искаков", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_shows_errors_by_field_and_creates_a_record()
    {
        await using var node = await TestNode.StartAsync(StorageKind.Sqlite);
        using var ru = await WebSession.SignInDemoAsync(node, "ru.supervisor", "ru");
        var fields = new Dictionary<string, string>
        {
            ["Form.Kind"] = "person",
            ["Form.Names"] = "Иван Петров\nalias: Ivan Petrov",
            ["Form.BirthDates"] = "1970-13-01",
            ["Form.Nationalities"] = "RU",
            ["Form.RequestedAction"] = "locate",
            ["Form.HandlingCode"] = "H3",
            ["Form.EvaluationSource"] = "B",
            ["Form.EvaluationInformation"] = "2",
            ["Form.Distribution"] = "all-members",
            ["Form.LegalBasis"] = "Arrest warrant",
            ["Form.Purpose"] = "Locate",
            ["Form.ReviewDate"] = InAYear,
        };
        var invalid = await WebSession.PostFormAsync(ru, "/Records/Edit?kind=person", fields, "/Records/Edit");
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("id=\"errors\"", html, StringComparison.Ordinal);
        Assert.Contains("Дата рождения записывается", html, StringComparison.Ordinal);
        Assert.Contains("Для кода H3 ограничения нужно изложить словами", html, StringComparison.Ordinal);

        fields["Form.BirthDates"] = "1970-12-01";
        fields["Form.HandlingConditions"] = "Only for border checks.";
        var created = await WebSession.PostFormAsync(ru, "/Records/Edit?kind=person", fields, "/Records/Edit");
        Assert.Contains("/Records/View/RU-", created.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Запись создана.", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_records_API()
    {
        await using var node = await TestNode.StartAsync(StorageKind.Sqlite);
        using var client = node.CreateClient();
        using var doc = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/records", "/api/v1/records/{id}", "/api/v1/records/search", "/api/v1/records/hit-notices",
                     "/api/v1/records/hit-notices/{id}/decision", "/api/v1/records/imports/{format}", "/api/v1/records/export/stix", "/api/v1/records/mine" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path + " is missing from the OpenAPI document");
        }
    }
}
