using System.Net;
using System.Text.RegularExpressions;
using Concord.Tests.Support;

namespace Concord.Tests.Localization;

/// <summary>
/// The pages an officer, analyst or auditor uses show no English words when the UI is Chinese or Russian: only data
/// (names, codes such as kz-mvd or records.search, standards' abbreviations) may be in Latin letters.
/// </summary>
public sealed partial class UntranslatedTextTests : IAsyncLifetime
{
    private TestNode _node = null!;

    public async ValueTask InitializeAsync() => _node = await TestNode.StartAsync(StorageKind.Sqlite);

    public async ValueTask DisposeAsync() => await _node.DisposeAsync();

    /// <summary>Latin words that are names, not text: the product, the language picker, the demo accounts' names and
    /// sign-in names, the RATS node's id, the unit MiB.</summary>
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "Concord", "English", "Gulnara", "Tokayeva", "Timur", "Rakhmonov", "auditor", "admin", "rats", "MiB",
    };

    [GeneratedRegex(@"<script.*?</script>|<style.*?</style>", RegexOptions.Singleline)]
    private static partial Regex NotShownText();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    /// <summary>Codes: words joined by dots, hyphens, underscores or colons (kz-mvd, records.search), and the
    /// key=value details of audit entries (roles=officer,analyst).</summary>
    [GeneratedRegex(@"[A-Za-z0-9]+(?:[.\-_/:][A-Za-z0-9]+)+|[A-Za-z]+=[^\s;]*")]
    private static partial Regex Code();

    /// <summary>A word of three or more Latin letters with a lower-case one (LLC, CSV or KZ are not words).</summary>
    [GeneratedRegex(@"\b(?=[A-Za-z]*[a-z])[A-Za-z]{3,}\b")]
    private static partial Regex EnglishWord();

    [Theory]
    [InlineData("zh-CN", "rats.analyst")]
    [InlineData("ru-RU", "rats.analyst")]
    [InlineData("zh-CN", "auditor")]
    [InlineData("ru-RU", "auditor")]
    public async Task Pages_show_no_English_words_in_Chinese_and_Russian(string language, string userName)
    {
        using var client = await WebSession.SignInDemoAsync(_node, userName, language);
        string[] pages = userName == "auditor"
            ? ["/", "/Audit", "/Audit/Verify", "/Directory?state=KG&matter=extradition"]
            : ["/", "/Directory?state=KG&matter=extradition", "/Records", "/Records/Mine", "/Records/Inbox", "/Records/Edit?kind=person",
               "/Records/Edit?kind=organisation", "/Records/Import", "/Messages", "/Messages?box=outbox", "/Messages/Compose", "/Account/ChangePassword"];
        foreach (var page in pages)
        {
            using var response = await client.GetAsync(page, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var text = WebUtility.HtmlDecode(Tag().Replace(NotShownText().Replace(html, " "), " "));
            var english = EnglishWord().Matches(Code().Replace(text, " "))
                .Select(m => m.Value).Where(w => !Names.Contains(w)).Distinct().ToList();
            Assert.True(english.Count == 0, $"{page} in {language} shows English: {string.Join(", ", english)}");
        }
    }
}
