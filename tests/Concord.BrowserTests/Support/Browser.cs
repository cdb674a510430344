using Microsoft.Playwright;

namespace Concord.BrowserTests.Support;

/// <summary>Debian's Chromium driven by Playwright, offline (never `playwright install`).</summary>
public static class Browser
{
    public const string Chromium = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: ./test.sh installs Debian's chromium package.");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        return (playwright, browser);
    }

    /// <summary>Screenshots are kept as test artefacts under artifacts/screenshots/.</summary>
    public static string ScreenshotPath(string name)
    {
        var directory = Path.Combine(Concord.Tests.Support.TestPaths.RepositoryRoot, "artifacts", "screenshots");
        System.IO.Directory.CreateDirectory(directory);
        return Path.Combine(directory, name + ".png");
    }
}
