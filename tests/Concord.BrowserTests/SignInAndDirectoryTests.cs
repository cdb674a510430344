using Concord.BrowserTests.Support;
using Concord.Tests.Support;
using Microsoft.Playwright;

namespace Concord.BrowserTests;

/// <summary>
/// End to end in Chromium: a demo officer of Kazakhstan signs in, replaces the one-time password, switches the
/// interface to Russian and to Chinese, and finds the competent authority for extradition in Kyrgyzstan.
/// </summary>
public sealed class SignInAndDirectoryTests : IAsyncLifetime
{
    private TestNode _node = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async ValueTask InitializeAsync()
    {
        _node = await TestNode.StartAsync(StorageKind.Sqlite);
        (_playwright, _browser) = await Browser.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _node.DisposeAsync();
    }

    [Fact]
    public async Task A_Kazakh_officer_signs_in_switches_to_Russian_and_Chinese_and_finds_who_handles_extradition_in_Kyrgyzstan()
    {
        var account = _node.Demo.Find("kz.officer")!;
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _node.BaseAddress.ToString(),
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        Assert.EndsWith("/Account/SignIn?ReturnUrl=%2F", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Sign-in name").FillAsync("kz.officer");
        await page.GetByLabel("Password").FillAsync(account.OneTimePassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        Assert.Contains("/Account/ChangePassword", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Current password").FillAsync(account.OneTimePassword);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("Kazakh-Officer-2026");
        await page.GetByLabel("New password again").FillAsync("Kazakh-Officer-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Concord");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("01-home-en"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Русский" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Компетентные органы" }).First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Компетентные органы" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Справочник компетентных органов");
        await page.GetByLabel("Государство").SelectOptionAsync("KG");
        await page.GetByLabel("Вопрос").SelectOptionAsync("extradition");
        await page.GetByRole(AriaRole.Button, new() { Name = "Найти" }).ClickAsync();
        var russianAnswer = page.Locator("#directory-results tbody tr");
        await Assertions.Expect(russianAnswer).ToHaveCountAsync(1);
        await Assertions.Expect(russianAnswer.Locator("td").First).ToHaveTextAsync("Кыргызстан");
        await Assertions.Expect(russianAnswer.Locator(".agency").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("02-directory-ru"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("主管机关名录");
        // The query is kept in the address: the same answer, now in Chinese.
        var chineseAnswer = page.Locator("#directory-results tbody tr");
        await Assertions.Expect(chineseAnswer).ToHaveCountAsync(1);
        await Assertions.Expect(chineseAnswer.Locator("td").Nth(1)).ToHaveTextAsync("引渡");
        var agency = await chineseAnswer.Locator(".agency").First.InnerTextAsync();
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", agency);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("03-directory-zh"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "组织结构" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("上海合作组织安全合作结构");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("04-structure-zh"), FullPage = false });
    }
}
