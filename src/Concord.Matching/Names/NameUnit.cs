using Concord.Matching.Model;

namespace Concord.Matching.Names;

/// <summary>
/// One comparable part of a name: a word, or two adjacent words read together (Jong-un, al-Baghdadi).
/// Forms are the spellings it is compared by: P-forms (plain), abjad forms ('~' + form), Han
/// characters of a transcription ('^' + characters) and codes ('#' + class or synonym group).
/// </summary>
internal sealed class NameUnit
{
    public required string Original { get; init; }

    public required string[] Forms { get; init; }

    public NamePartRole Role { get; init; }

    /// <summary>How the forms were obtained, for explanations (e.g. "Cyrillic → Latin").</summary>
    public required string Method { get; init; }

    /// <summary>Position of the first word this unit covers.</summary>
    public int Start { get; init; }

    /// <summary>Number of words covered (1; 2 for a joined pair; 2 or 3 for an al-Dīn compound written apart).</summary>
    public int Span { get; init; } = 1;

    /// <summary>Whether a form is one letter (Yi → i), plain or weak: such a form has no expansion (see NameScorer).</summary>
    public bool HasOneLetterForm => _oneLetter ??= Array.Exists(Forms, Index.FormSimilarity.IsOneLetter);

    /// <summary>Whether the first form is Chinese syllables written together (see NameScorer).</summary>
    public bool IsSyllableSequence => _syllables ??= Forms[0].Length > 0 && char.IsAsciiLetterLower(Forms[0][0]) && Transliteration.Han.HanTable.Instance.IsSyllableSequence(Forms[0]);

    private bool? _oneLetter;
    private bool? _syllables;

    public override string ToString() => $"{Original} [{string.Join('|', Forms)}] {Role}";
}

/// <summary>One way of reading a name: its words in order, plus joined pairs.</summary>
internal sealed class NameReading
{
    public required NameUnit[] Units { get; init; }

    /// <summary>Number of words (units with <see cref="NameUnit.Span"/> 1).</summary>
    public required int WordCount { get; init; }

    /// <summary>What the name was read as: the caller's type, or organisation when a name of unknown type has a legal form or an organisation word.</summary>
    public EntityKind Kind { get; init; }

    /// <summary>
    /// A Chinese or Japanese name read as surname + given name (张伟): it has no middle names or patronymics, so
    /// words the record has beyond the two count in full against the match (ZHANG, Wei Ming is not 张伟).
    /// </summary>
    public bool NoOptionalParts { get; init; }

    /// <summary>
    /// Scores by this reading are scaled to at most this: 1 for a plain reading, less for one that is only possible
    /// (马丽 read as the foreign name Maria), so that it gives a candidate but not an alert by itself.
    /// </summary>
    public float Ceiling { get; init; } = 1f;

    public override string ToString() => string.Join(" ", Units.Select(u => u.ToString()));
}
