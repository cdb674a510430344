using Concord.Matching.Phonetics;
using Concord.Matching.Text;

namespace Concord.Tests.Matching;

public class NormalizationTests
{
    [Fact]
    public void Tokenize_applies_nfkc_lower_case_and_folds_latin_diacritics()
    {
        var tokens = TextNormalizer.Tokenize("ＭÜLLER  Ščerbakov, Øster-Gaard");
        Assert.Equal(["muller", "shcherbakov", "oster", "gaard"], tokens.Select(t => t.Text));
        Assert.True(tokens[3].JoinedToPrevious);
        Assert.All(tokens, t => Assert.Equal(Script.Latin, t.Script));
    }

    [Fact]
    public void Tokenize_keeps_cyrillic_letters_and_drops_arabic_vowel_marks()
    {
        var tokens = TextNormalizer.Tokenize("Щербаков مُحَمَّد");
        Assert.Equal("щербаков", tokens[0].Text);
        Assert.Equal(Script.Cyrillic, tokens[0].Script);
        Assert.Equal("محمد", tokens[1].Text);
        Assert.Equal(Script.Arabic, tokens[1].Script);
    }

    [Fact]
    public void Tokenize_splits_chinese_transcriptions_at_the_middle_dot()
    {
        var tokens = TextNormalizer.Tokenize("斯维亚托斯拉夫·里赫特");
        Assert.Equal(["斯维亚托斯拉夫", "里赫特"], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Equal(Script.Han, t.Script));
    }

    [Theory]
    [InlineData("Shcherbakov", "Shherbakov")]
    [InlineData("Shcherbakov", "Chtcherbakov")]
    [InlineData("Muhammad", "Muhamad")]
    [InlineData("Dmitriy", "Dmitry")]
    [InlineData("Dmitrii", "Dmitri")]
    [InlineData("Yuriy", "Yury")]
    [InlineData("Qasymov", "Kasymov")]
    [InlineData("Tchaikovsky", "Chaykovskiy")]
    public void Spelling_variants_of_transliteration_schemes_share_one_phonetic_form(string a, string b)
    {
        Assert.Equal(PhoneticKey.Form(a.ToLowerInvariant()), PhoneticKey.Form(b.ToLowerInvariant()));
    }

    [Fact]
    public void Vowel_variants_share_one_consonant_skeleton()
    {
        var forms = new[] { "mohammed", "muhammad", "mukhammad", "mohamed" }.Select(s => PhoneticKey.Form(s)).Select(f => PhoneticKey.Skeleton(f)).Distinct();
        Assert.Equal(["mhmd"], forms);
    }

    [Fact]
    public void Similarity_is_high_for_variants_and_low_for_different_names()
    {
        Assert.True(PhoneticSimilarity.Of("muhamad", "mohamed") > 0.9f);
        Assert.True(PhoneticSimilarity.Of("gutieres", "guieres") > 0.8f);
        Assert.True(PhoneticSimilarity.Of("kader", "nader") < 0.8f);
        Assert.True(PhoneticSimilarity.Of("ivanov", "petrov") < 0.5f);
        Assert.Equal(1f, PhoneticSimilarity.Of("putin", "putin"));
    }

    [Fact]
    public void Script_detection_tells_the_scripts_apart()
    {
        Assert.Equal(Script.Cyrillic, ScriptDetector.Dominant("Қасымов"));
        Assert.Equal(Script.Han, ScriptDetector.Dominant("习近平"));
        Assert.Equal(Script.Arabic, ScriptDetector.Dominant("محمد"));
        Assert.Equal(Script.Hangul, ScriptDetector.Dominant("김정은"));
        Assert.Equal(Script.Kana, ScriptDetector.Dominant("プーチン"));
        Assert.Equal(Script.Greek, ScriptDetector.Dominant("Νικόλαος"));
        Assert.Equal(Script.Hebrew, ScriptDetector.Dominant("משה"));
        Assert.Equal(Script.Thai, ScriptDetector.Dominant("สมชาย"));
        Assert.Equal(Script.Latin, ScriptDetector.Dominant("Ščerbakov"));
    }
}
