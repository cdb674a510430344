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
    EntityKind Kind = EntityKind.Unknown);
