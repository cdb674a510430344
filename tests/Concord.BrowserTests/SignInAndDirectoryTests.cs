using Concord.BrowserTests.Support;
using Microsoft.Playwright;

namespace Concord.BrowserTests;

/// <summary>
/// End to end in Chromium: a demo officer of Kazakhstan signs in, replaces the one-time password, switches the
/// interface to Russian and to Chinese, and finds the competent authority for extradition in Kyrgyzstan.
/// </summary>
public sealed class SignInAndDirectoryTests : BrowserTest
{
    [Fact]
    public async Task A_Kazakh_officer_signs_in_switches_to_Russian_and_Chinese_and_finds_who_handles_extradition_in_Kyrgyzstan()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "kz.officer", "Kazakh-Officer-2026");
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
