namespace Concord.Matching.Names;

/// <summary>
/// Name-structure rules on Latin spellings: particles, the Arabic compounds with ʿabd
/// (Abd al-Rahman, Abdul Rahman, Abdurrahman → abdrahman), with al-Dīn (Salah al-Din, Salahuddin,
/// Salah Eddine → salahdin) and with Allah (Ubayd Allah, Obaidullah → ubaydallah), patronymics and
/// Turkic family suffixes.
/// </summary>
internal static class LatinNameRules
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "al", "el", "ul", "ol", "ar", "ur", "as", "us", "ad", "an", "at", "az", "ash", "adh", "ath", "il", "ed", "es", "er", "et", "ud",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "al", "el", "ul", "ad", "ar", "as", "at", "az", "an", "ash", "ed", "es", "er", "et", "ud",
        "bin", "ibn", "ben", "bint", "binti", "bte", "bn", "ould", "uld", "walad", "wuld",
        "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "la", "le", "y", "e", "ter", "ten", "zu",
        "uly", "uli", "ulu", "kyzy", "kizi", "qizi", "qyzy", "kizy", "ogly", "ogli", "oglu", "ugli", "ugly", "ogl", "kyzi",
    };

    private static readonly string[] AbdPrefixes = ["abdul", "abdel", "abdal", "abdol", "abdoul", "abdur", "abdus", "abdu", "abd"];

    private static readonly string[] PatronymicEndings = ["ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "ichna", "ovitch", "evitch", "owitsch", "ewitsch", "ovic", "evic", "avich", "auna", "awna"];

    private static readonly string[] TurkicSuffixes = ["uly", "uli", "kyzy", "kizi", "qizi", "ogly", "ogli", "oglu", "ugli"];

    public static bool IsParticle(string latin) => Particles.Contains(latin);

    /// <summary>Small words inside organisation names (of, for, the, and; French, Spanish, Russian "i", "po"): they carry little.</summary>
    public static bool IsFunctionWord(string latin) => FunctionWords.Contains(latin);

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "of", "for", "the", "and", "in", "on", "at", "to", "with", "by", "des", "aux", "pour", "en", "et", "los", "las", "para", "i", "po", "na",
    };

    public static bool IsArticle(string latin) => Articles.Contains(latin);

    /// <summary>True for the usual abbreviations of Muhammad (Mohd, Muhd, Mhd, Mhmd, Md).</summary>
    public static bool IsMuhammadAbbreviation(string latin) => latin is "mohd" or "muhd" or "mhd" or "mhmd" or "mohmd" or "md";

    /// <summary>True for "abd", "abdul", "abdel" … written as a separate word (to be joined with the next).</summary>
    public static bool IsAbdPrefix(string latin) => Array.IndexOf(AbdPrefixes, latin) >= 0;

    /// <summary>Canonical spelling of an ʿabd compound written as one word, or null if it is not one.</summary>
    public static string? CanonicalAbd(string latin)
    {
        if (!latin.StartsWith("abd", StringComparison.Ordinal) || latin.Length < 6)
        {
            return null;
        }
        var stem = latin[3..];
        if (stem.Length >= 4 && IsVowelChar(stem[0]))
        {
            if (stem[1] == 'l' || (stem[1] == stem[2] && !IsVowelChar(stem[1])))
            {
                stem = stem[2..]; // ul-, el-, al-; ur-r, us-s (assimilated article)
            }
            else if (stem[0] is 'u' or 'e' or 'i' or 'o' && !IsVowelChar(stem[1]))
            {
                stem = stem[1..]; // Abdurahman, Abdusalam
            }
        }
        return "abd" + Allah(stem);
    }

    /// <summary>Joins an ʿabd word with the name after it (the article already skipped): "abdul" + "rahman" → "abdrahman".</summary>
    public static string JoinAbd(string next) => "abd" + Allah(next);

    private static string Allah(string stem) =>
        stem is "lah" or "la" or "llah" or "lla" or "alah" or "ala" or "allah" or "alla" or "ullah" or "ulla" or "illah" ? "allah" : stem;

    /// <summary>
    /// Canonical spelling of an al-Dīn compound written as one word (Salahuddin, Badreddine, Nuriddin,
    /// Ezzedine, Ziauddin → salahdin, badrdin, nurdin, ezzdin, ziadin), or null if it is not one.
    /// The link before "din" must be a doubled d, an article written in (Noureldin) or an e/u/i vowel,
    /// so that Borodin stays a name.
    /// </summary>
    public static string? CanonicalDin(string latin)
    {
        var (stem, link) = DinStem(latin);
        return stem is { Length: >= 3 } && link ? stem + "din" : null;
    }

    /// <summary>
    /// True for the second element of an al-Dīn compound written as its own word: "din" or "deen"
    /// after an article (Salah al-Din, Siraj ud Din), or with its link (Salah Eddine, Nasir Uddin).
    /// </summary>
    public static bool IsDinWord(string latin, bool afterArticle)
    {
        if (afterArticle)
        {
            return latin is "din" or "deen" or "dine" or "dyn";
        }
        var (stem, link) = DinStem(latin);
        return link && stem is { Length: 0 };
    }

    /// <summary>The name before "din" with the link removed, and whether there was a link (dd, an article, or e/u/i before d).</summary>
    private static (string? Stem, bool Link) DinStem(string latin)
    {
        var w = latin.EndsWith("dine", StringComparison.Ordinal) ? latin[..^1] : latin;
        int cut;
        if (w.EndsWith("din", StringComparison.Ordinal) || w.EndsWith("dyn", StringComparison.Ordinal))
        {
            cut = 3;
        }
        else if (w.EndsWith("deen", StringComparison.Ordinal))
        {
            cut = 4;
        }
        else
        {
            return (null, false);
        }
        var body = w[..^cut];
        var doubled = body.EndsWith('d');
        if (doubled)
        {
            body = body[..^1];
        }
        if (!doubled && body.Length >= 2 && body[^1] == 'l' && body[^2] is 'a' or 'e' or 'u')
        {
            // The article written in: Noureldin, Nasreldin, Salaheldin, Nur Eldin.
            return (body[..^2], true);
        }
        if (doubled && body.Length >= 4 && !IsVowelChar(body[^1]))
        {
            return (body, true); // Nasserddine
        }
        if (body.Length == 0 || !IsVowelChar(body[^1]))
        {
            return (null, false);
        }
        var vowel = body[^1];
        var link = doubled || (vowel is 'e' or 'u' or 'i' && (body.Length >= 5 || latin.EndsWith("ine", StringComparison.Ordinal) || latin.EndsWith("een", StringComparison.Ordinal)));
        var stem = body.Length - 1 >= 3 || body.Length == 1 ? body[..^1] : body; // Aladdin: keep "ala"
        return (stem, link);
    }

    /// <summary>
    /// Canonical spelling of an Allah compound written as one word (Obaidullah, Hizbollah, Saifulla →
    /// obaidallah, hizballah, saifallah), or null if it is not one.
    /// </summary>
    public static string? CanonicalAllah(string latin)
    {
        foreach (var end in AllahEndings)
        {
            if (latin.Length >= end.Length + 3 && latin.EndsWith(end, StringComparison.Ordinal))
            {
                return latin[..^end.Length] + "allah";
            }
        }
        return null;
    }

    private static readonly string[] AllahEndings = ["ullah", "ollah", "illah", "allah", "ulla", "olla"];

    private static bool IsVowelChar(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>True for a patronymic (Petrovich, Ivanovna) or a word ending in a Turkic family suffix (Abishuly).</summary>
    public static bool IsPatronymic(string latin)
    {
        foreach (var e in PatronymicEndings)
        {
            if (latin.Length > e.Length + 2 && latin.EndsWith(e, StringComparison.Ordinal))
            {
                return true;
            }
        }
        foreach (var e in TurkicSuffixes)
        {
            if (latin.Length > e.Length + 3 && latin.EndsWith(e, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"albaghdadi" → "baghdadi": the article written together with the name, or null.</summary>
    public static string? WithoutAttachedArticle(string latin)
    {
        if (latin.Length >= 6 && (latin.StartsWith("al", StringComparison.Ordinal) || latin.StartsWith("el", StringComparison.Ordinal))
            && !Phonetics.PhoneticKey.IsVowel(latin[2]) && latin[2] != 'y')
        {
            return latin[2..];
        }
        return null;
    }
}
