using Concord.Core.Records;
using Concord.Web.Records;

namespace Concord.Tests.Records;

/// <summary>The record editor reads the kinds of names and documents as officers write them, in any UI language.</summary>
public sealed class RecordFormTests
{
    [Theory]
    [InlineData("别名：Abdullaev M.", "曾用名: Абдуллаев М.", "护照；N1234567；KZ")]
    [InlineData("псевдоним: Abdullaev M.", "прежнее имя: Абдуллаев М.", "паспорт; N1234567; KZ")]
    [InlineData("alias: Abdullaev M.", "former: Абдуллаев М.", "passport; N1234567; KZ")]
    public void Name_kinds_and_document_types_in_Chinese_Russian_or_as_codes(string alias, string former, string document)
    {
        var form = new RecordForm { Kind = "person", Names = $"Абдуллаев Мухаммад\n{alias}\n{former}", Documents = document };
        var details = form.ToDraft().Details;

        Assert.Equal(
            [("Абдуллаев Мухаммад", RecordNameKinds.Primary), ("Abdullaev M.", RecordNameKinds.Alias), ("Абдуллаев М.", RecordNameKinds.Former)],
            details.Names.Select(n => (n.Text, n.Kind)));
        Assert.Equal(new IdentityDocument("passport", "N1234567", "KZ"), Assert.Single(details.Documents));
    }

    [Fact]
    public void A_colon_inside_a_name_is_not_a_kind()
    {
        var details = new RecordForm { Kind = "person", Names = "Primary\nAl-Qaida: Iraq branch" }.ToDraft().Details;
        Assert.Equal("Al-Qaida: Iraq branch", details.Names[1].Text);
        Assert.Equal(RecordNameKinds.Alias, details.Names[1].Kind);
    }

    [Theory]
    [InlineData("zh", "曾用名: Абдуллаев М.", "护照; N1234567; KZ")]
    [InlineData("ru", "прежнее имя: Абдуллаев М.", "паспорт; N1234567; KZ")]
    [InlineData("en", "former: Абдуллаев М.", "passport; N1234567; KZ")]
    public void The_editor_shows_a_record_in_the_words_of_the_UI_language_and_reads_them_back(string language, string former, string document)
    {
        var draft = new RecordForm { Kind = "person", Names = "Абдуллаев Мухаммад\nformer: Абдуллаев М.", Documents = "passport; N1234567; KZ" }.ToDraft();
        var shown = RecordForm.From(draft, 1, language);
        Assert.Equal("Абдуллаев Мухаммад\n" + former, shown.Names);
        Assert.Equal(document, shown.Documents);
        Assert.Equal(draft.Details.Names, shown.ToDraft().Details.Names);
        Assert.Equal(draft.Details.Documents, shown.ToDraft().Details.Documents);
    }
}
