namespace Concord.Matching.Transliteration.Han;

/// <summary>
/// Pinyin syllable → Wade–Giles without tone marks and apostrophes, the spelling of older
/// documents and of Taiwan (Jinping → Chinping, Zedong → Tsetung, Xiaoping → Hsiaoping).
/// </summary>
internal static class WadeGiles
{
    public static string FromPinyin(string syllable)
    {
        ArgumentNullException.ThrowIfNull(syllable);
        switch (syllable)
        {
            case "zhi": return "chih";
            case "chi": return "chih";
            case "shi": return "shih";
            case "ri": return "jih";
            case "zi": return "tzu";
            case "ci": return "tzu";
            case "si": return "ssu";
            case "er": return "erh";
            case "you": return "yu";
            case "yan": return "yen";
            case "ye": return "yeh";
            case "yi": return "i";
            case "yong": return "yung";
            case "ge": return "ko";
            case "ke": return "ko";
            case "he": return "ho";
            default: break;
        }
        var (initial, final) = Split(syllable);
        var wgInitial = initial switch
        {
            "b" => "p",
            "d" => "t",
            "g" => "k",
            "j" => "ch",
            "q" => "ch",
            "x" => "hs",
            "zh" => "ch",
            "r" => "j",
            "z" => "ts",
            "c" => "ts",
            _ => initial,
        };
        var wgFinal = final switch
        {
            "ong" => "ung",
            "iong" => "iung",
            "ian" => "ien",
            "ie" => "ieh",
            "ue" => "ueh",
            "uo" when initial is "g" or "k" or "h" or "sh" => "uo",
            "uo" => "o",
            "ui" => "ui",
            _ => final,
        };
        return wgInitial + wgFinal;
    }

    private static (string Initial, string Final) Split(string syllable)
    {
        foreach (var i in new[] { "zh", "ch", "sh" })
        {
            if (syllable.StartsWith(i, StringComparison.Ordinal))
            {
                return (i, syllable[2..]);
            }
        }
        if (syllable.Length > 1 && "bpmfdtnlgkhjqxrzcsyw".Contains(syllable[0], StringComparison.Ordinal))
        {
            return (syllable[..1], syllable[1..]);
        }
        return ("", syllable);
    }
}
