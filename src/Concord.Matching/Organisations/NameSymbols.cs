using Concord.Matching.Data;
using Concord.Matching.Names;
using Concord.Matching.Phonetics;

namespace Concord.Matching.Organisations;

/// <summary>
/// Words that mean the same across languages (завод / zavod / plant / factory; компания /
/// company; bank / банк) and nick names (Bob / Robert), from rigour symbols.yml (MIT). A word
/// found here gets the group as an extra form ("#o:factory"), so translations meet.
/// </summary>
internal static class NameSymbols
{
    /// <summary>Words at least this long are also found by their phonetic form (another Latin spelling of the same word).</summary>
    private const int MinFormLength = 5;

    private static readonly Lazy<(Dictionary<string, string[]> ByKey, Dictionary<string, string[]> ByForm)> Groups = new(Load);

    /// <summary>Group codes for a word key, or an empty array.</summary>
    public static string[] Of(string key) => Groups.Value.ByKey.TryGetValue(key, out var g) ? g : [];

    /// <summary>
    /// Group codes for a word key, or for its phonetic form when the exact spelling is not listed
    /// (issledovatelskii, issledovatelskiy and исследовательский are one word).
    /// </summary>
    public static string[] Of(string key, string form)
    {
        var (byKey, byForm) = Groups.Value;
        if (byKey.TryGetValue(key, out var g))
        {
            return g;
        }
        return form.Length >= MinFormLength && byForm.TryGetValue(form, out g) ? g : [];
    }

    private static (Dictionary<string, string[]>, Dictionary<string, string[]>) Load()
    {
        var byKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var byForm = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        // org_symbols.tsv is derived from rigour (MIT); org_symbols_ru.tsv is Concord's own Russian vocabulary.
        foreach (var row in DataFile.Rows("org_symbols.tsv").Concat(DataFile.Rows("org_symbols_ru.tsv")))
        {
            if (row.Length < 2)
            {
                continue;
            }
            var keys = TokenKey.OfPhrase(row[1]);
            if (keys.Length != 1 || keys[0].Length < 2)
            {
                continue;
            }
            var code = "#" + row[0];
            Add(byKey, keys[0], code);
            var form = PhoneticKey.Form(keys[0]);
            if (form.Length >= MinFormLength)
            {
                Add(byForm, form, code);
            }
        }
        return (ToArrays(byKey), ToArrays(byForm));
    }

    private static void Add(Dictionary<string, List<string>> map, string key, string code)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        if (!list.Contains(code))
        {
            list.Add(code);
        }
    }

    private static Dictionary<string, string[]> ToArrays(Dictionary<string, List<string>> map) =>
        map.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
}
