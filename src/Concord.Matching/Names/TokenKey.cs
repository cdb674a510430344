using Concord.Matching.Text;
using Concord.Matching.Transliteration;

namespace Concord.Matching.Names;

/// <summary>
/// A plain spelling of a word used to look it up in word lists (legal forms, titles, synonyms):
/// Latin as folded ASCII, Cyrillic and Greek in their first Latin reading, other scripts as written.
/// </summary>
internal static class TokenKey
{
    public static string Of(RawToken token) => token.Script switch
    {
        Script.Latin or Script.Digit => token.Text,
        Script.Cyrillic => CyrillicTransliterator.ToLatin(token.Text)[0],
        Script.Greek => GreekTransliterator.ToLatin(token.Text)[0],
        _ => token.Text,
    };

    /// <summary>Keys of every word of a phrase.</summary>
    public static string[] OfPhrase(string phrase)
    {
        var tokens = TextNormalizer.Tokenize(phrase);
        var keys = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            keys[i] = Of(tokens[i]);
        }
        return keys;
    }
}
