namespace Concord.Matching.Model;

/// <summary>A name to screen against the list, with what else is known about the person or organisation.</summary>
/// <param name="Name">The name as written, in any script.</param>
/// <param name="BirthDate">Date of birth if known (full, year-month or year).</param>
/// <param name="Nationality">ISO 3166-1 alpha-2 code if known.</param>
/// <param name="DocumentNumber">A passport or identity number if known.</param>
/// <param name="Kind">Person, organisation, or unknown.</param>
public sealed record ScreeningQuery(
    string Name,
    PartialDate? BirthDate = null,
    string? Nationality = null,
    string? DocumentNumber = null,
    EntityKind Kind = EntityKind.Unknown)
{
    /// <summary>Further dates of birth the person is known by (documents and lists often give several).</summary>
    public IReadOnlyList<PartialDate> OtherBirthDates { get; init; } = [];

    /// <summary>Further nationalities (ISO 3166-1 alpha-2).</summary>
    public IReadOnlyList<string> OtherNationalities { get; init; } = [];

    /// <summary><see cref="BirthDate"/> and <see cref="OtherBirthDates"/>.</summary>
    public IEnumerable<PartialDate> BirthDates =>
        BirthDate is { } first ? OtherBirthDates.Prepend(first) : OtherBirthDates;

    /// <summary><see cref="Nationality"/> and <see cref="OtherNationalities"/>, trimmed and upper-case.</summary>
    public IEnumerable<string> Nationalities =>
        (string.IsNullOrWhiteSpace(Nationality) ? OtherNationalities : OtherNationalities.Prepend(Nationality))
        .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim().ToUpperInvariant());

    /// <summary>True if the query gives nothing but a name (no dates, nationalities, document or type).</summary>
    public bool NameOnly =>
        BirthDate is null && OtherBirthDates.Count == 0 && string.IsNullOrWhiteSpace(Nationality) && OtherNationalities.Count == 0
        && string.IsNullOrWhiteSpace(DocumentNumber) && Kind == EntityKind.Unknown;
}
