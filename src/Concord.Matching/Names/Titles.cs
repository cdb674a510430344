using Concord.Matching.Data;

namespace Concord.Matching.Names;

/// <summary>Titles and honorifics written before person names (Dr, General, Shaykh, Haji), from rigour (MIT) plus a few by hand.</summary>
internal static class Titles
{
    private static readonly Lazy<PhraseTable<bool>> Table = new(() =>
    {
        var table = new PhraseTable<bool>();
        foreach (var row in DataFile.Rows("person_titles.txt"))
        {
            var keys = TokenKey.OfPhrase(row[0]);
            if (keys.Length > 0)
            {
                table.Add(keys, true);
            }
        }
        return table;
    });

    public static PhraseTable<bool> Phrases => Table.Value;
}
