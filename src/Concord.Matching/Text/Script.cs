namespace Concord.Matching.Text;

/// <summary>The writing systems the matcher tells apart.</summary>
public enum Script
{
    Unknown = 0,
    Latin,
    Cyrillic,
    Han,
    Arabic,
    Hangul,
    Kana,
    Greek,
    Hebrew,
    Thai,
    Georgian,
    Armenian,
    Devanagari,
    Digit,
}
