using Concord.Matching.Data;
using Concord.Matching.Names;

namespace Concord.Matching.Organisations;

/// <summary>
/// Legal forms of organisations in many languages and scripts, each mapped to a generic class
/// (ООО, LLC, Ltd, GmbH → LLC; АО, ОАО, JSC, PLC → JSC; ФГУП, FSUE → SOE), from
/// rigour org_types.yml (MIT) plus a few hand-written Russian and Central Asian forms.
/// </summary>
public static class LegalForms
{
    private static readonly Lazy<(PhraseTable<string> Phrases, List<(string Suffix, string Class)> HanSuffixes)> Tables = new(Load);

    internal static PhraseTable<string> Phrases => Tables.Value.Phrases;

    /// <summary>Han-script legal forms written at the end of a name (有限公司), longest first.</summary>
    internal static List<(string Suffix, string Class)> HanSuffixes => Tables.Value.HanSuffixes;

    /// <summary>The generic class of a legal form written as <paramref name="phrase"/>, or null.</summary>
    public static string? ClassOf(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var keys = TokenKey.OfPhrase(phrase);
        var (length, value) = Phrases.Match(keys, 0);
        return length == keys.Length ? value : null;
    }

    private static (PhraseTable<string>, List<(string, string)>) Load()
    {
        var table = new PhraseTable<string>();
        var han = new List<(string, string)>();
        foreach (var row in DataFile.Rows("org_types.tsv"))
        {
            if (row.Length < 2)
            {
                continue;
            }
            var cls = row[0];
            var alias = row[1];
            if (alias.Length > 0 && Text.ScriptDetector.Of(alias[0]) == Text.Script.Han)
            {
                han.Add((alias, cls));
                continue;
            }
            var keys = TokenKey.OfPhrase(alias);
            if (keys.Length == 0 || (keys.Length == 1 && keys[0].Length < 2))
            {
                continue;
            }
            table.Add(keys, cls);
        }
        han.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        return (table, han);
    }
}
