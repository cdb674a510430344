using Concord.Matching.Data;
using Concord.Matching.Names;

namespace Concord.Matching.Organisations;

/// <summary>
/// Words that mean the same across languages (завод / zavod / plant / factory; компания /
/// company; bank / банк) and nick names (Bob / Robert), from rigour symbols.yml (MIT). A word
/// found here gets the group as an extra form ("#o:factory"), so translations meet.
/// </summary>
internal static class NameSymbols
{
    private static readonly Lazy<Dictionary<string, string[]>> Groups = new(Load);

    /// <summary>Group codes for a word key, or an empty array.</summary>
    public static string[] Of(string key) => Groups.Value.TryGetValue(key, out var g) ? g : [];

    private static Dictionary<string, string[]> Load()
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in DataFile.Rows("org_symbols.tsv"))
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
            if (!map.TryGetValue(keys[0], out var list))
            {
                map[keys[0]] = list = [];
            }
            var code = "#" + row[0];
            if (!list.Contains(code))
            {
                list.Add(code);
            }
        }
        return map.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
