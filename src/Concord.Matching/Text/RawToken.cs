namespace Concord.Matching.Text;

/// <summary>
/// One word of a name after Unicode normalisation: lower case, in its own script.
/// Latin words are already folded to ASCII (diacritics and special letters spelt out).
/// </summary>
/// <param name="Text">The normalised word.</param>
/// <param name="Script">The script most of its letters are in.</param>
/// <param name="Original">The word as written in the input (for explanations).</param>
/// <param name="JoinedToPrevious">True when a hyphen tied it to the word before (Jong-un, Abd-al-Rahman).</param>
public readonly record struct RawToken(string Text, Script Script, string Original, bool JoinedToPrevious);
