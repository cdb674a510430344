using Concord.BrowserTests.Support;
using Microsoft.Playwright;

namespace Concord.BrowserTests;

/// <summary>
/// End to end in Chromium, two officers of two states: Kazakhstan records a wanted person in Cyrillic, in Russian;
/// Kyrgyzstan finds the person with a Latin spelling, in Chinese, sees why it matched, and writes to Kazakhstan,
/// whose officer reads the message in Russian.
/// </summary>
public sealed class RecordAndMessageTests : BrowserTest
{
    [Fact]
    public async Task Kazakhstan_records_a_wanted_person_Kyrgyzstan_finds_them_across_scripts_and_writes_back()
    {
        await using var kazakh = await NewContextAsync();
        var kz = await kazakh.NewPageAsync();
        await SignInAsync(kz, "kz.officer", "Kazakh-Officer-2026");
        await kz.GetByRole(AriaRole.Button, new() { Name = "Русский" }).ClickAsync();

        await kz.GotoAsync("/Records/Edit?kind=person");
        await Assertions.Expect(kz.Locator("h1")).ToContainTextAsync("Новая запись");
        await kz.Locator("#names").FillAsync("Абдуллаев Мухаммад Рустамович");
        await kz.Locator("#births").FillAsync("1985-03-02");
        await kz.Locator("#nat").FillAsync("KZ");
        await kz.Locator("#action").SelectOptionAsync("locate");
        await kz.Locator("#handling").SelectOptionAsync("H1");
        await kz.Locator("#src").SelectOptionAsync("B");
        await kz.Locator("#info").SelectOptionAsync("2");
        await kz.Locator("#dist").SelectOptionAsync("all-members");
        await kz.Locator("#basis").FillAsync("Постановление о розыске № 14-2026");
        await kz.Locator("#purpose").FillAsync("Установление местонахождения");
        await kz.Locator("#review").FillAsync(DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await kz.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(kz).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Records/View/KZ-"));
        var reference = kz.Url[(kz.Url.LastIndexOf('/') + 1)..].Split('?')[0];

        await using var kyrgyz = await NewContextAsync();
        var kg = await kyrgyz.NewPageAsync();
        await SignInAsync(kg, "kg.officer", "Kyrgyz-Officer-2026");
        await kg.GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await kg.GotoAsync("/Records");
        await Assertions.Expect(kg.Locator("h1")).ToHaveTextAsync("反恐怖机构数据库");
        await kg.Locator("#name").FillAsync("Mukhammad Abdullaev");
        await kg.Locator("#birth").FillAsync("1985-03-02");
        await kg.Locator("#purpose").FillAsync("比什凯克机场边境检查核验");
        await kg.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var hit = kg.Locator("article.hit").Filter(new() { HasText = reference });
        await Assertions.Expect(hit).ToHaveCountAsync(1);
        await Assertions.Expect(hit.Locator("h3 a")).ToContainTextAsync("Абдуллаев");
        await Assertions.Expect(hit.Locator("details.explanation summary")).ToHaveTextAsync("匹配原因");
        // Why it matched, in Chinese: Мухаммад ↔ Mukhammad compared by transliteration from Cyrillic.
        await Assertions.Expect(hit.Locator("details.explanation li").First).ToContainTextAsync("西里尔字母");
        await kg.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("05-records-search-zh"), FullPage = true });

        await kg.GotoAsync("/Messages/Compose");
        await Assertions.Expect(kg.Locator("h1")).ToHaveTextAsync("新消息");
        await kg.Locator("#To").FillAsync("kz-mvd");
        await kg.Locator("#Type").SelectOptionAsync("information-request");
        await kg.Locator("#Priority").SelectOptionAsync("urgent");
        await kg.Locator("#HandlingCode").SelectOptionAsync("H1");
        await kg.Locator("#Subject").FillAsync("关于 " + reference + " 的核查请求");
        await kg.Locator("#Body").FillAsync("此人持哈萨克斯坦护照于比什凯克机场入境，请确认通缉是否有效。");
        await kg.Locator("#CaseReference").FillAsync(reference);
        await kg.GetByRole(AriaRole.Button, new() { Name = "发送" }).ClickAsync();
        await Assertions.Expect(kg).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("box=outbox"));
        await Assertions.Expect(kg.Locator("#messages")).ToContainTextAsync(reference);
        await kg.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("06-messages-outbox-zh"), FullPage = true });

        await kz.GotoAsync("/Messages");
        await Assertions.Expect(kz.Locator("h1")).ToContainTextAsync("Входящие");
        await Assertions.Expect(kz.Locator("#messages")).ToContainTextAsync(reference);
    }
}
