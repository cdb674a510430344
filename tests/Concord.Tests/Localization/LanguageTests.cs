using Concord.Tests.Support;

namespace Concord.Tests.Localization;

/// <summary>The UI speaks the language chosen in the picker (remembered in a cookie), else the browser's.</summary>
public sealed class LanguageTests(NodePair nodes) : IClassFixture<NodePair>
{
    [Theory]
    [InlineData("zh-CN,zh;q=0.9", "登录")]
    [InlineData("ru-RU,ru;q=0.9", "Вход")]
    [InlineData("en-GB", "Sign in")]
    [InlineData("fr-FR", "Sign in")]
    public async Task Accept_Language_chooses_the_language_by_default(string acceptLanguage, string title)
    {
        using var client = nodes[StorageKind.Sqlite].CreateClient(acceptLanguage: acceptLanguage);
        var html = await WebSession.GetPageAsync(client, "/Account/SignIn");
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_picker_is_remembered_in_a_cookie_over_Accept_Language()
    {
        using var client = nodes[StorageKind.Sqlite].CreateClient(acceptLanguage: "en");
        await WebSession.PostFormAsync(client, "/Account/SignIn", new Dictionary<string, string> { ["lang"] = "ru", ["returnUrl"] = "/Account/SignIn" }, postTo: "/language");
        Assert.Contains("<h1>Вход</h1>", await WebSession.GetPageAsync(client, "/Account/SignIn"), StringComparison.Ordinal);
        await WebSession.PostFormAsync(client, "/Account/SignIn", new Dictionary<string, string> { ["lang"] = "zh", ["returnUrl"] = "/Account/SignIn" }, postTo: "/language");
        var html = await WebSession.GetPageAsync(client, "/Account/SignIn");
        Assert.Contains("<h1>登录</h1>", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"zh-Hans\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Поле «Имя пользователя» обязательно.")]
    [InlineData("zh", "请填写登录名。")]
    [InlineData("en", "Sign-in name is required.")]
    public async Task Form_errors_appear_by_the_field_in_the_users_language(string language, string message)
    {
        using var client = nodes[StorageKind.Sqlite].CreateClient(acceptLanguage: language);
        var response = await WebSession.PostFormAsync(client, "/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.UserName"] = "",
            ["Input.Password"] = "x",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches($"data-valmsg-for=\"Input.UserName\"[^>]*>{System.Text.RegularExpressions.Regex.Escape(message)}<", html);
    }

    [Fact]
    public async Task The_directory_shows_agency_names_in_Russian_and_Chinese()
    {
        var node = nodes[StorageKind.Sqlite];
        using var ru = await WebSession.SignInDemoAsync(node, "kz.officer", acceptLanguage: "ru");
        var russian = await WebSession.GetPageAsync(ru, "/Directory?state=KG&matter=extradition");
        Assert.Contains("Кыргыз", russian, StringComparison.Ordinal);
        using var zh = await WebSession.SignInDemoAsync(node, "cn.analyst", acceptLanguage: "zh-CN");
        var chinese = await WebSession.GetPageAsync(zh, "/Directory?state=KG&matter=extradition");
        Assert.Contains("吉尔吉斯", chinese, StringComparison.Ordinal);
    }
}
