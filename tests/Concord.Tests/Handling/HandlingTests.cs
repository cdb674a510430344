using Concord.Core.Handling;

namespace Concord.Tests.Handling;

public sealed class HandlingTests
{
    [Theory]
    [InlineData("H0", HandlingCode.H0)]
    [InlineData("h1", HandlingCode.H1)]
    [InlineData(" H2 ", HandlingCode.H2)]
    public void Handling_codes_H0_to_H2_take_no_conditions(string text, HandlingCode code)
    {
        Assert.Equal(code, Concord.Core.Handling.Handling.Create(text, null).Value.Code);
        Assert.Equal("handling-conditions-only-for-h3", Concord.Core.Handling.Handling.Create(text, "only in Tashkent").Errors[0].Code);
    }

    [Fact]
    public void H3_needs_its_restrictions_in_words()
    {
        Assert.Equal("handling-conditions-required", Concord.Core.Handling.Handling.Create("H3", " ").Errors[0].Code);
        Assert.Equal("not for the press", Concord.Core.Handling.Handling.Create("H3", " not for the press ").Value.Conditions);
    }

    [Theory]
    [InlineData("H4")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_codes_are_refused(string? text) => Assert.Equal("handling-code-invalid", Concord.Core.Handling.Handling.Create(text, null).Errors[0].Code);

    [Fact]
    public void The_evaluation_is_one_of_sixteen_combinations()
    {
        var all = from s in "ABCX" from i in "1234" select $"{s}{i}";
        foreach (var text in all)
        {
            Assert.Equal(text, Evaluation.Parse(text.ToLowerInvariant()).Value.ToString());
        }
        foreach (var bad in new[] { "D1", "A5", "A0", "AA", "A12", "", "1A" })
        {
            Assert.Equal("evaluation-invalid", Evaluation.Parse(bad).Errors[0].Code);
        }
    }
}
