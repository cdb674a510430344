using Concord.Matching.Phonetics;
using Concord.Matching.Transliteration;

namespace Concord.Tests.Matching;

public class TransliterationTests
{
    [Theory]
    [InlineData("Щербаков", "Shcherbakov")]   // BGN/PCGN, ICAO
    [InlineData("Щербаков", "Ščerbakov")]     // ISO 9 / scholarly
    [InlineData("Щербаков", "Shherbakov")]    // GOST 7.79 B
    [InlineData("Щербаков", "Chtcherbakov")]  // French
    [InlineData("Хрущёв", "Khrushchev")]
    [InlineData("Хрущёв", "Khrushchyov")]
    [InlineData("Евгений", "Yevgeniy")]
    [InlineData("Евгений", "Evgeny")]
    [InlineData("Юрий", "Iurii")]             // ICAO
    [InlineData("Жуков", "Joukov")]           // French
    [InlineData("Чайковский", "Tschaikowski")]// German
    public void Russian_names_meet_their_latin_spellings_in_every_scheme(string cyrillic, string latin)
    {
        Assert.True(Forms.BestSimilarity(cyrillic, latin) >= 0.9f, $"{cyrillic} vs {latin}: {Forms.BestSimilarity(cyrillic, latin)}");
    }

    [Theory]
    [InlineData("Қасымов", "Qasymov")]        // Kazakh қ, Kazakh Latin
    [InlineData("Қасымов", "Kasymov")]
    [InlineData("Нұрсұлтан", "Nursultan")]    // Kazakh ұ
    [InlineData("Әбішұлы", "Abishuly")]       // Kazakh ә, і, ұ
    [InlineData("Өмүрбеков", "Omurbekov")]    // Kyrgyz ө, ү
    [InlineData("Ғайратов", "G'ayratov")]     // Uzbek ғ / Uzbek Latin gʻ
    [InlineData("Ўринбоев", "O'rinboev")]     // Uzbek ў
    [InlineData("Ҳасанов", "Hasanov")]        // Uzbek, Tajik ҳ
    [InlineData("Ҷалолов", "Jalolov")]        // Tajik ҷ
    [InlineData("Раҳмонзода", "Rahmonzoda")]
    [InlineData("Лукашэнка", "Lukashenka")]   // Belarusian э
    [InlineData("Тихановська", "Tykhanovska")]
    public void Central_asian_and_belarusian_letters_meet_their_latin_forms(string cyrillic, string latin)
    {
        Assert.True(Forms.BestSimilarity(cyrillic, latin) >= 0.85f, $"{cyrillic} vs {latin}: {Forms.BestSimilarity(cyrillic, latin)}");
    }

    [Fact]
    public void Uzbek_latin_x_is_read_as_kh()
    {
        Assert.True(Forms.BestSimilarity("Xolmatov", "Kholmatov") >= 0.95f);
    }

    [Fact]
    public void Xi_jinping_reads_as_pinyin_and_wade_giles()
    {
        var forms = Forms.Of("习近平");
        Assert.Contains(PhoneticKey.Form("xi"), forms);
        Assert.Contains(PhoneticKey.Form("jinping"), forms);
        // Wade–Giles is an alternative (weaker) spelling.
        Assert.Contains("%" + PhoneticKey.Form("chinping"), forms);
        Assert.Contains("%" + PhoneticKey.Form("hsi"), forms);
    }

    [Fact]
    public void Chinese_surnames_carry_their_regional_romanizations()
    {
        var forms = Forms.Of("张伟");
        Assert.Contains(PhoneticKey.Form("zhang"), forms);
        foreach (var spelling in new[] { "chang", "cheung", "teo" })
        {
            Assert.Contains("%" + PhoneticKey.Form(spelling), forms);
        }
        Assert.Contains(PhoneticKey.Form("wei"), forms);
    }

    [Fact]
    public void Traditional_characters_read_like_simplified()
    {
        Assert.True(Forms.Of("張偉").Overlaps(Forms.Of("张伟")));
    }

    [Theory]
    [InlineData("穆罕默德", "Muhammad")]
    [InlineData("阿卜杜拉", "Abdullah")]
    [InlineData("梅德韦杰夫", "Medvedev")]
    [InlineData("斯维亚托斯拉夫", "Svyatoslav")]
    public void Chinese_transcriptions_of_foreign_names_meet_the_originals(string chinese, string latin)
    {
        Assert.True(Forms.BestSimilarity(chinese, latin) >= 0.75f, $"{chinese} vs {latin}: {Forms.BestSimilarity(chinese, latin)}");
    }

    [Fact]
    public void Wade_giles_is_derived_from_pinyin()
    {
        Assert.Equal("chin", Concord.Matching.Transliteration.Han.WadeGiles.FromPinyin("jin"));
        Assert.Equal("tung", Concord.Matching.Transliteration.Han.WadeGiles.FromPinyin("dong"));
        Assert.Equal("hsiao", Concord.Matching.Transliteration.Han.WadeGiles.FromPinyin("xiao"));
        Assert.Equal("tzu", Concord.Matching.Transliteration.Han.WadeGiles.FromPinyin("zi"));
    }

    [Theory]
    [InlineData("محمد", "Mohammed")]
    [InlineData("علي", "Ali")]
    [InlineData("حسين", "Hussein")]
    [InlineData("عبد الله", "Abdullah")]
    [InlineData("پرویز", "Parviz")]            // Persian پ
    [InlineData("چودھری", "Chaudhry")]         // Urdu چ ھ
    public void Arabic_persian_and_urdu_script_meet_latin_spellings(string arabic, string latin)
    {
        Assert.True(Forms.BestSimilarity(arabic, latin) >= 0.8f, $"{arabic} vs {latin}: {Forms.BestSimilarity(arabic, latin)}");
    }

    [Fact]
    public void Arabic_long_vowels_tell_hasan_from_husain()
    {
        Assert.True(Forms.BestSimilarity("حسين", "Husain") > Forms.BestSimilarity("حسين", "Hasan"));
    }

    [Fact]
    public void Hangul_is_romanized_in_revised_and_customary_forms()
    {
        var forms = Forms.Of("김정은");
        Assert.Contains("kim", forms);
        Assert.Contains(PhoneticKey.Form("jeongeun"), forms);
        Assert.DoesNotContain("%kim", forms);
        Assert.Contains(PhoneticKey.Form("jongun"), forms);
    }

    [Fact]
    public void Kana_greek_hebrew_and_thai_are_read()
    {
        Assert.Equal("puchin", KanaRomanizer.ToLatin("プーチン"));
        Assert.Contains("nikolaos", GreekTransliterator.ToLatin("νικολαοσ"));
        Assert.True(Forms.BestSimilarity("משה", "Moshe") > 0.85f);
        Assert.True(Forms.BestSimilarity("สมชาย", "Somchai") > 0.85f);
    }

    [Theory]
    [InlineData("NAUMAU, Uladzimir Uladzimiravich", "NAUMOV, Vladimir Vladimirovich")]
    [InlineData("HALAVANAU, Viktar Hryhoryavich", "GOLOVANOV, Viktor Grigoriyevich")]
    [InlineData("KARAEU, Yuriy", "KARAYEV, Yuri")]
    [InlineData("KARAEU, Yuriy Khadzymuratavich", "KARAYEV, Yuri")]
    [InlineData("Дзмітрый Карпянкоў", "KARPENKOV, Dmitry")]
    public void Belarusian_spellings_meet_the_russian_ones(string belarusian, string russian)
    {
        var decoys = new[] { "NEMTSEV, Vladimir Vladimirovich", "MEDVEDCHUK, Viktor", "SIVAKOV, Yury", "KOZAK, Dmitry", "GALAKHOV, Viktor" };
        Assert.Equal("target", Forms.FirstFound(belarusian, russian, decoys));
        Assert.Equal("target", Forms.FirstFound(russian, belarusian, decoys)); // and the other way round
    }

    [Theory]
    [InlineData("CHO'N, Myo'ng-kuk", "JON, Myong Guk")]
    [InlineData("YI, Yo'ng-kil", "RI, Yong Gil")]
    [InlineData("CHI, Sang-chun", "JI, Sang Jun")]
    [InlineData("Jeon Myeong-guk", "CHO'N Myo'ng-kuk")]
    public void Korean_names_meet_across_romanisation_systems(string query, string listed)
    {
        var decoys = new[] { "CHON MYONG 1", "CHANG, Myong-Chin", "YONG XIN", "O, Yong Ho", "RI, Chun Song", "CHANG, Chin Sung", "KIM, Song Chol" };
        Assert.Equal("target", Forms.FirstFound(query, listed, decoys));
    }
}
