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
}
