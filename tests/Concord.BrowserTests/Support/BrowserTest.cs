using Concord.Tests.Support;
using Microsoft.Playwright;

namespace Concord.BrowserTests.Support;

/// <summary>A node on SQLite and Debian's Chromium for one test class; pages without JavaScript, as the UI is built.</summary>
public abstract class BrowserTest : IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    protected TestNode Node { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Node = await TestNode.StartAsync(StorageKind.Sqlite);
        (_playwright, _browser) = await Browser.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await Node.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A new browser session (its own cookies) on the node, in English until the user picks a language.</summary>
    protected Task<IBrowserContext> NewContextAsync() =>
        _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Node.BaseAddress.ToString(),
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            JavaScriptEnabled = false,
        });

    /// <summary>Signs a demo account in with its one-time password and sets a new one, as its holder would.</summary>
    protected async Task SignInAsync(IPage page, string userName, string newPassword)
    {
        ArgumentNullException.ThrowIfNull(page);
        var account = Node.Demo.Find(userName)!;
        await page.GotoAsync("/");
        Assert.EndsWith("/Account/SignIn?ReturnUrl=%2F", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Sign-in name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(account.OneTimePassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        Assert.Contains("/Account/ChangePassword", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Current password").FillAsync(account.OneTimePassword);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(newPassword);
        await page.GetByLabel("New password again").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Concord");
    }
}
