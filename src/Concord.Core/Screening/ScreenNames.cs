using System.Globalization;
using Concord.Core.Records;
using Concord.Matching;
using Concord.Matching.Model;

namespace Concord.Core.Screening;

/// <summary>One name of a list to screen (an accreditation list, a passenger list, a list received from a partner).</summary>
public sealed record ScreeningName(string? Id, string Name, string? BirthDate = null, string? Nationality = null, string? DocumentNumber = null, string? Kind = null);

/// <param name="Purpose">Why the list is screened (legal basis, event, case); recorded with every search and sent to owners of restricted hits.</param>
/// <param name="Names">Up to <see cref="ScreenNames.MaxNames"/> names.</param>
/// <param name="Top">Candidates per name, 1–100.</param>
/// <param name="Threshold">Only candidates scoring at least this (0–1) are returned.</param>
public sealed record ScreeningRequest(string Purpose, IReadOnlyList<ScreeningName> Names, int Top = 10, double Threshold = 0);

/// <summary>The screening of one name: visible candidates with explanations, restricted hits as references only, and whether it alerts.</summary>
public sealed record ScreenedName(string Id, string Name, bool Alert, IReadOnlyList<VisibleHit> Candidates, IReadOnlyList<RestrictedHit> Restricted);

public sealed record ScreeningResult(double AlertThreshold, IReadOnlyList<ScreenedName> Results);

/// <summary>
/// Bulk screening of names against the node's RATS database through the same engine and the same access rules as
/// a single search (<see cref="SearchRecords"/>): each name is one audited search with the stated purpose, restricted
/// matches become "hit — contact the owner" and notify the owner. A name alerts when a visible candidate scores at or
/// above the engine's default alert threshold, or when a restricted record matched.
/// </summary>
public sealed class ScreenNames(SearchRecords search)
{
    public const int MaxNames = 500;

    public async Task<Result<ScreeningResult>> ExecuteAsync(Access.Caller caller, ScreeningRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return Result<ScreeningResult>.Failure(errors);
        }
        var results = new List<ScreenedName>(request.Names.Count);
        for (var i = 0; i < request.Names.Count; i++)
        {
            var n = request.Names[i];
            var found = await search.ExecuteAsync(caller,
                new RecordSearchQuery(request.Purpose, Name: n.Name, BirthDate: n.BirthDate, DocumentNumber: n.DocumentNumber,
                    Nationality: n.Nationality, Kind: n.Kind, Top: request.Top),
                cancellationToken);
            if (!found.IsSuccess)
            {
                // Shape was checked above, so what remains is access or the index still loading: the whole request fails.
                return Result<ScreeningResult>.Failure(found.Errors.Select(e => e with { Field = $"names[{Index(i)}]" + (e.Field is null ? "" : "." + e.Field) }).ToList());
            }
            var candidates = found.Value.Hits.Where(h => h.Score >= request.Threshold).ToList();
            var alert = found.Value.Restricted.Count > 0 || candidates.Any(h => h.Score >= MatchOptions.DefaultAlertThreshold);
            results.Add(new ScreenedName(n.Id ?? Index(i), n.Name, alert, candidates, found.Value.Restricted));
        }
        return new ScreeningResult(MatchOptions.DefaultAlertThreshold, results);
    }

    private static List<Error> Validate(ScreeningRequest request)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(request.Purpose) || request.Purpose.Trim().Length < 5)
        {
            errors.Add(new Error("purpose-required", "State the purpose of the screening (legal basis, event or case), at least 5 characters.", "purpose"));
        }
        if (request.Names is null || request.Names.Count == 0 || request.Names.Count > MaxNames)
        {
            errors.Add(new Error("names-count", $"Send 1 to {MaxNames} names per request.", "names"));
            return errors;
        }
        if (request.Top is < 1 or > SearchRecords.MaxTop)
        {
            errors.Add(new Error("top-out-of-range", $"Ask for 1 to {SearchRecords.MaxTop} candidates per name.", "top"));
        }
        if (double.IsNaN(request.Threshold) || request.Threshold is < 0 or > 1)
        {
            errors.Add(new Error("threshold-out-of-range", "The threshold is a score between 0 and 1.", "threshold"));
        }
        for (var i = 0; i < request.Names.Count; i++)
        {
            var n = request.Names[i];
            var at = $"names[{Index(i)}]";
            if (n is null || string.IsNullOrWhiteSpace(n.Name))
            {
                errors.Add(new Error("name-required", "Each entry needs a name.", at + ".name"));
                continue;
            }
            if (n.Name.Length > RecordRules.MaxNameLength)
            {
                errors.Add(new Error("name-too-long", $"A name has at most {RecordRules.MaxNameLength} characters.", at + ".name"));
            }
            if (!string.IsNullOrWhiteSpace(n.BirthDate) && !PartialDate.TryParse(n.BirthDate.Trim(), out _))
            {
                errors.Add(new Error("birth-date-invalid", "A date of birth is written YYYY, YYYY-MM or YYYY-MM-DD.", at + ".birthDate"));
            }
            if (!string.IsNullOrWhiteSpace(n.Nationality) && n.Nationality.Trim().Length != 2)
            {
                errors.Add(new Error("nationality-invalid", "A nationality is an ISO 3166-1 alpha-2 code, e.g. KZ.", at + ".nationality"));
            }
        }
        return errors;
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
