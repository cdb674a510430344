using System.Text;

namespace Concord.Benchmarks.Evaluation;

/// <summary>
/// Renders Latin organisation names as a Russian document would (for generating evaluation
/// queries, independent of the matcher): legal forms in Russian (full or abbreviated), common
/// words translated (Plant → Завод, Bank → Банк), other words transliterated back to Cyrillic.
/// </summary>
internal static class LatinToRussian
{
    private static readonly (string[] Latin, string[] Russian)[] LegalForms =
    [
        (["LIMITED", "LIABILITY", "COMPANY"], ["ООО", "Общество с ограниченной ответственностью"]),
        (["OBSHCHESTVO", "S", "OGRANICHENNOI", "OTVETSTVENNOSTYU"], ["ООО", "Общество с ограниченной ответственностью"]),
        (["OBSHCHESTVO", "S", "OGRANICHENNOY", "OTVETSTVENNOSTYU"], ["ООО", "Общество с ограниченной ответственностью"]),
        (["OPEN", "JOINT", "STOCK", "COMPANY"], ["ОАО", "Открытое акционерное общество"]),
        (["OPEN", "JOINT-STOCK", "COMPANY"], ["ОАО", "Открытое акционерное общество"]),
        (["CLOSED", "JOINT", "STOCK", "COMPANY"], ["ЗАО", "Закрытое акционерное общество"]),
        (["PUBLIC", "JOINT", "STOCK", "COMPANY"], ["ПАО", "Публичное акционерное общество"]),
        (["JOINT", "STOCK", "COMPANY"], ["АО", "Акционерное общество"]),
        (["JOINT-STOCK", "COMPANY"], ["АО", "Акционерное общество"]),
        (["AKTSIONERNOE", "OBSHCHESTVO"], ["АО", "Акционерное общество"]),
        (["FEDERAL", "STATE", "UNITARY", "ENTERPRISE"], ["ФГУП", "Федеральное государственное унитарное предприятие"]),
        (["LLC"], ["ООО"]), (["OOO"], ["ООО"]), (["JSC"], ["АО"]), (["AO"], ["АО"]), (["OJSC"], ["ОАО"]), (["OAO"], ["ОАО"]),
        (["CJSC"], ["ЗАО"]), (["ZAO"], ["ЗАО"]), (["PJSC"], ["ПАО"]), (["PAO"], ["ПАО"]), (["FSUE"], ["ФГУП"]), (["FGUP"], ["ФГУП"]),
    ];

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["PLANT"] = "Завод", ["FACTORY"] = "Фабрика", ["BANK"] = "Банк", ["GROUP"] = "Группа", ["COMPANY"] = "Компания",
        ["CORPORATION"] = "Корпорация", ["CONCERN"] = "Концерн", ["INSTITUTE"] = "Институт", ["CENTER"] = "Центр",
        ["CENTRE"] = "Центр", ["FOUNDATION"] = "Фонд", ["FUND"] = "Фонд", ["AGENCY"] = "Агентство", ["ASSOCIATION"] = "Объединение",
        ["UNION"] = "Союз", ["HOLDING"] = "Холдинг", ["INVEST"] = "Инвест", ["TRADING"] = "Трейдинг", ["SHIPPING"] = "Шиппинг",
        ["SERVICE"] = "Сервис", ["SERVICES"] = "Сервис", ["INDUSTRIES"] = "Индастриз", ["INTERNATIONAL"] = "Интернешнл",
        ["ENTERPRISE"] = "Предприятие", ["UNIVERSITY"] = "Университет", ["COMMITTEE"] = "Комитет", ["MINISTRY"] = "Министерство",
        ["AND"] = "и", ["OF"] = "", ["THE"] = "", ["NAMED"] = "имени", ["AFTER"] = "",
    };

    /// <summary>A Russian rendering of an organisation name; <paramref name="full"/> spells legal forms out.</summary>
    public static string Organisation(string latin, bool full, bool translateWords)
    {
        var words = latin.Replace(",", " ", StringComparison.Ordinal).Replace("'", " ", StringComparison.Ordinal).Replace("\"", " ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToUpperInvariant()).ToList();
        var output = new List<string>();
        string? legal = null;
        var i = 0;
        while (i < words.Count)
        {
            var matched = false;
            foreach (var (lat, rus) in LegalForms)
            {
                if (i + lat.Length <= words.Count && words.Skip(i).Take(lat.Length).SequenceEqual(lat))
                {
                    legal = full ? rus[^1] : rus[0];
                    i += lat.Length;
                    matched = true;
                    break;
                }
            }
            if (matched)
            {
                continue;
            }
            var w = words[i];
            if (translateWords && Words.TryGetValue(w, out var ru))
            {
                if (ru.Length > 0)
                {
                    output.Add(ru);
                }
            }
            else
            {
                output.Add(Cyrillic(w));
            }
            i++;
        }
        var body = string.Join(' ', output);
        return legal is null ? body : $"{legal} «{body}»";
    }

    /// <summary>Latin spelling → Cyrillic letters (the reverse of the usual English transliteration).</summary>
    public static string Cyrillic(string word)
    {
        var w = word.ToLowerInvariant();
        var sb = new StringBuilder();
        var i = 0;
        while (i < w.Length)
        {
            var rest = w.AsSpan(i);
            var (text, len) = rest switch
            {
                _ when rest.StartsWith("shch") => ("щ", 4),
                _ when rest.StartsWith("sch") => ("щ", 3),
                _ when rest.StartsWith("sh") => ("ш", 2),
                _ when rest.StartsWith("ch") => ("ч", 2),
                _ when rest.StartsWith("zh") => ("ж", 2),
                _ when rest.StartsWith("kh") => ("х", 2),
                _ when rest.StartsWith("ts") => ("ц", 2),
                _ when rest.StartsWith("ya") => ("я", 2),
                _ when rest.StartsWith("yu") => ("ю", 2),
                _ when rest.StartsWith("yo") => ("ё", 2),
                _ when rest.StartsWith("ye") => ("е", 2),
                _ when rest.StartsWith("iy") && rest.Length == 2 => ("ий", 2),
                _ when rest.StartsWith("yy") && rest.Length == 2 => ("ый", 2),
                _ when rest.StartsWith("ck") => ("к", 2),
                _ when rest.StartsWith("ph") => ("ф", 2),
                _ when rest[0] == 'y' => (i > 0 && "aeiou".Contains(w[i - 1], StringComparison.Ordinal) ? "й" : "ы", 1),
                _ when rest[0] == 'e' && i == 0 => ("э", 1),
                _ when rest[0] == 'c' => (rest.Length > 1 && rest[1] is 'e' or 'i' ? "ц" : "к", 1),
                _ when rest[0] == 'x' => ("кс", 1),
                _ when rest[0] == 'j' => (i == 0 ? "дж" : "й", 1),
                _ => (rest[0] switch
                {
                    'a' => "а", 'b' => "б", 'v' => "в", 'g' => "г", 'd' => "д", 'e' => "е", 'z' => "з", 'i' => "и", 'k' => "к",
                    'l' => "л", 'm' => "м", 'n' => "н", 'o' => "о", 'p' => "п", 'r' => "р", 's' => "с", 't' => "т", 'u' => "у",
                    'f' => "ф", 'h' => "х", 'w' => "в", 'q' => "к", '-' => "-",
                    var other => other.ToString(),
                }, 1),
            };
            sb.Append(text);
            i += len;
        }
        var s = sb.ToString();
        return s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : s;
    }
}
