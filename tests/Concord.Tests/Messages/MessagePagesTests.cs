using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Concord.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Tests.Messages;

/// <summary>The message pages, server-rendered without script, in Chinese, Russian and English.</summary>
public sealed partial class MessagePagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    private static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url, Ct);
        return Antiforgery().Match(html).Groups[1].Value;
    }

    /// <summary>Signs a demo account in and replaces its one-time password, as its holder would.</summary>
    private static async Task<HttpClient> SignInAsync(TestNode node, string userName, string language)
    {
        var client = node.CreateClient(acceptLanguage: language);
        var account = node.Demo.Find(userName)!;
        using var signIn = await client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = account.OneTimePassword,
            ["__RequestVerificationToken"] = await TokenAsync(client, "/Account/SignIn"),
        }), Ct);
        using var change = await client.PostAsync("/Account/ChangePassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = account.OneTimePassword,
            ["Input.NewPassword"] = "Tashkent2004Rats",
            ["Input.ConfirmPassword"] = "Tashkent2004Rats",
            ["__RequestVerificationToken"] = await TokenAsync(client, "/Account/ChangePassword"),
        }), Ct);
        return client;
    }

    [Theory]
    [InlineData("zh", "收件箱", "新消息", "信息请求")]
    [InlineData("ru", "Входящие", "Новое сообщение", "Запрос информации")]
    [InlineData("en", "Inbox", "New message", "Information request")]
    public async Task An_officer_composes_a_message_and_the_recipient_reads_it_in_their_language(string language, string inbox, string compose, string type)
    {
        await using var node = await TestNode.StartAsync(StorageKind.Sqlite);
        using var sender = await SignInAsync(node, "kz.officer", language);
        var page = WebUtility.HtmlDecode(await sender.GetStringAsync("/Messages", Ct));
        Assert.Contains(inbox, page, StringComparison.Ordinal);
        Assert.Contains(compose, page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", page, StringComparison.OrdinalIgnoreCase);

        var form = new MultipartFormDataContent
        {
            { new StringContent("kg-gknb"), "To" },
            { new StringContent("information-request"), "Type" },
            { new StringContent("immediate"), "Priority" },
            { new StringContent("H2"), "HandlingCode" },
            { new StringContent("A1"), "Evaluation" },
            { new StringContent("Border crossing at Dostyk"), "Subject" },
            { new StringContent("Please confirm the crossing."), "Body" },
            { new StringContent(language), "Language" },
            { new StringContent("key-" + language), "IdempotencyKey" },
            { new StringContent(await TokenAsync(sender, "/Messages/Compose")), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent("scan"u8.ToArray());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        form.Add(file, "Attachments", "scan.txt");
        using var sent = await sender.PostAsync("/Messages/Compose", form, Ct);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("Border crossing at Dostyk", await sent.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var recipient = await SignInAsync(node, "kg.officer", language);
        var received = await recipient.GetStringAsync("/Messages", Ct);
        Assert.Contains("Border crossing at Dostyk", received, StringComparison.Ordinal);
        var id = await node.InScopeAsync(sp => sp.GetRequiredService<Core.Data.ConcordDbContext>().Messages.Select(m => m.Id).SingleAsync(Ct));
        var view = WebUtility.HtmlDecode(await recipient.GetStringAsync("/Messages/View?id=" + id, Ct));
        Assert.Contains(type, view, StringComparison.Ordinal);
        Assert.Contains("scan.txt", view, StringComparison.Ordinal);
        Assert.Equal("scan", await recipient.GetStringAsync($"/Messages/View?handler=Attachment&id={id}&index=0", Ct));

        // Someone neither sending nor addressed gets no page, and the attempt is audited.
        using var other = await SignInAsync(node, "cn.analyst", language);
        using var denied = await other.GetAsync("/Messages/View?id=" + id, Ct);
        Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode);
    }

    [Fact]
    public void Every_UI_text_exists_in_English_Chinese_and_Russian()
    {
        static HashSet<string> Keys(string file) =>
            [.. XDocument.Load(Path.Combine(TestPaths.WebProject, "Resources", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];
        var en = Keys("SharedResource.resx");
        var zh = Keys("SharedResource.zh.resx");
        var ru = Keys("SharedResource.ru.resx");
        Assert.Empty(en.Except(zh));
        Assert.Empty(en.Except(ru));
        Assert.Empty(zh.Except(en));
        Assert.Empty(ru.Except(en));
        Assert.Contains("Messages_Error_unknown-recipient", en);
    }
}
