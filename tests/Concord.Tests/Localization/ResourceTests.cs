using System.Text.RegularExpressions;
using System.Xml.Linq;
using Concord.Tests.Support;

namespace Concord.Tests.Localization;

/// <summary>Every UI text exists in English, Chinese and Russian, and every key the code uses exists.</summary>
public sealed partial class ResourceTests
{
    private static readonly string Resources = Path.Combine(TestPaths.WebProject, "Resources");

    private static Dictionary<string, string> Load(string suffix) =>
        XDocument.Load(Path.Combine(Resources, "SharedResource" + suffix + ".resx")).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "", StringComparer.Ordinal);

    [Theory]
    [InlineData(".zh")]
    [InlineData(".ru")]
    public void Every_English_key_exists_in_the_other_language_and_no_more(string suffix)
    {
        var en = Load("");
        var other = Load(suffix);
        Assert.Empty(en.Keys.Except(other.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(other.Keys.Except(en.Keys).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".zh")]
    [InlineData(".ru")]
    public void No_text_is_empty(string suffix) =>
        Assert.Empty(Load(suffix).Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key));

    [Fact]
    public void Chinese_texts_are_written_in_Chinese_and_Russian_texts_in_Cyrillic()
    {
        var zh = Load(".zh");
        var ru = Load(".ru");
        string[] sameEverywhere = ["Home_Title", "Nav_Api"];
        Assert.Empty(zh.Where(kv => !sameEverywhere.Contains(kv.Key) && !HanRegex().IsMatch(kv.Value)).Select(kv => kv.Key));
        Assert.Empty(ru.Where(kv => !sameEverywhere.Contains(kv.Key) && !CyrillicRegex().IsMatch(kv.Value)).Select(kv => kv.Key));
    }

    [Fact]
    public void Every_key_used_in_pages_and_code_exists()
    {
        var en = Load("");
        var used = new HashSet<string>(StringComparer.Ordinal);
        var web = Path.Combine(TestPaths.WebProject);
        foreach (var file in System.IO.Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                                 && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in KeyUseRegex().Matches(text))
            {
                if (!m.Groups[1].Value.EndsWith('_'))
                {
                    used.Add(m.Groups[1].Value);
                }
            }
        }
        Assert.NotEmpty(used);
        Assert.Empty(used.Where(k => !en.ContainsKey(k)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Role_", new[] { "officer", "analyst", "supervisor", "national-coordinator", "auditor", "administrator" })]
    [InlineData("Status_", new[] { "member", "observer", "dialogue-partner" })]
    [InlineData("Audit_Tampered_", new[] { "Modified", "Deleted", "Inserted", "Reordered", "ChainBroken", "HeadMismatch" })]
    [InlineData("Directory_Error_", new[] { "unknown-state", "unknown-matter" })]
    [InlineData("Messages_Error_", new[] { "batch-empty", "batch-too-large", "idempotency-key-required", "idempotency-key-repeated", "message-required", "attachment-content-invalid" })]
    public void Keys_built_at_run_time_exist(string prefix, string[] suffixes)
    {
        var en = Load("");
        Assert.All(suffixes, s => Assert.True(en.ContainsKey(prefix + s), prefix + s));
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HanRegex();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex CyrillicRegex();

    /// <summary>L["Key"], l["Key"], ErrorMessage = "Key", Name = "Key".</summary>
    [GeneratedRegex(@"(?:\b[Ll]\[""|ErrorMessage = ""|\bName = "")([A-Z][A-Za-z]+_[A-Za-z_]+)""")]
    private static partial Regex KeyUseRegex();
}
