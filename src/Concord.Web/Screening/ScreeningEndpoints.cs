using Concord.Core.Screening;
using Concord.Web.Accounts;
using Concord.Web.Hosting;
using Concord.Web.Records;

namespace Concord.Web.Screening;

/// <summary>POST /api/v1/screening: a list of names in, ranked candidates with explanations out (the RATS database, access-filtered).</summary>
public static class ScreeningEndpoints
{
    public sealed record NameInput(string? Id, string Name, string? BirthDate, string? Nationality, string? DocumentNumber, string? Kind);

    public sealed record ScreeningInput(string Purpose, IReadOnlyList<NameInput> Names, int? Top, double? Threshold);

    public sealed record CandidateDto(
        string Reference, string Kind, string Name, double Score, string MatchedName, bool Alert,
        RecordDtos.ExplanationDto? Explanation, string Owner, string HandlingCode, string Distribution);

    public sealed record ScreenedNameDto(string Id, string Name, bool Alert, IReadOnlyList<CandidateDto> Candidates, IReadOnlyList<RecordDtos.RestrictedDto> Restricted);

    public sealed record ScreeningResultDto(double AlertThreshold, int Names, int Alerts, IReadOnlyList<ScreenedNameDto> Results);

    public static RouteGroupBuilder MapScreeningEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/screening", async (ScreeningInput input, ScreenNames screen, HttpContext http, CancellationToken ct) =>
        {
            var request = new ScreeningRequest(input.Purpose ?? "",
                [.. (input.Names ?? []).Select(n => new ScreeningName(n?.Id, n?.Name ?? "", n?.BirthDate, n?.Nationality, n?.DocumentNumber, n?.Kind))],
                input.Top ?? 10, input.Threshold ?? 0);
            var result = await screen.ExecuteAsync(CallerAccessor.From(http), request, ct);
            if (!result.IsSuccess)
            {
                return ErrorHandling.Problem(result.Errors);
            }
            var threshold = result.Value.AlertThreshold;
            var names = result.Value.Results.Select(r => new ScreenedNameDto(r.Id, r.Name, r.Alert,
                [.. r.Candidates.Select(h => new CandidateDto(h.Record.Id, Core.Records.RecordCodes.Of(h.Record.Kind), h.Record.Details.DisplayName,
                    Math.Round(h.Score, 4), h.MatchedName, h.Score >= threshold, RecordDtos.ToDto(h.Explanation), h.Record.OwnerOrganisationId,
                    h.Record.Handling.ToString(), Core.Records.RecordCodes.Of(h.Record.Distribution)))],
                [.. r.Restricted.Select(x => new RecordDtos.RestrictedDto(x.Reference, x.OwnerOrganisationId, x.NoticeId, RecordDtos.RestrictedMessage))])).ToList();
            return Results.Ok(new ScreeningResultDto(threshold, names.Count, names.Count(n => n.Alert), names));
        }).WithName("ScreenNames").WithTags("Screening")
          .WithSummary("Screen up to 500 names (any script) against the RATS database: ranked candidates with explanations; restricted matches as 'hit — contact the owner'. The purpose is required and recorded.")
          .Produces<ScreeningResultDto>();
        return api;
    }
}
