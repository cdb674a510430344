using Concord.Core;
using Concord.Core.Directory;
using Concord.Web.Accounts;
using Concord.Web.Hosting;

namespace Concord.Web.Directory;

/// <summary>The structure of SCO security cooperation and the competent-authority directory, in all three languages.</summary>
public static class DirectoryEndpoints
{
    public sealed record StateDto(string Code, LocalizedText Name, string Status, string StatusSince, bool Founding, IReadOnlyList<MembershipDto> Memberships);
    public sealed record MembershipDto(string Status, string From, string? To, IReadOnlyList<string> Sources);
    public sealed record OrganisationDto(string Id, string Kind, string? AgencyKind, string? State, string? Domain, string? Parent, LocalizedText Name, LocalizedText? Abbreviation, LocalizedText? Seat, string? WorkingSince, IReadOnlyList<string> Sources);
    public sealed record LevelDto(string Id, int Level, LocalizedText Name, LocalizedText Role, IReadOnlyList<string> Sources);
    public sealed record FormatDto(string Id, LocalizedText Name, string Level, IReadOnlyList<string> Tiers, IReadOnlyList<string> ExpertGroups, IReadOnlyList<ParticipationDto> Participation, IReadOnlyList<string> Sources);
    public sealed record ParticipationDto(string State, IReadOnlyList<string> Agencies, LocalizedText? BlindSpot);
    public sealed record DomainDto(string Id, LocalizedText Name, LocalizedText Description, IReadOnlyList<FormatDto> Formats);
    public sealed record StructureDto(IReadOnlyList<StateDto> States, IReadOnlyList<OrganisationDto> Bodies, IReadOnlyList<LevelDto> Levels, IReadOnlyList<DomainDto> Domains, IReadOnlyList<OrganisationDto> Agencies);
    public sealed record CompetentAgencyDto(string Agency, LocalizedText Name, LocalizedText Role);
    public sealed record CompetenceDto(string State, string Matter, LocalizedText MatterName, bool BlindSpot, LocalizedText? BlindSpotReason, IReadOnlyList<CompetentAgencyDto> Agencies, LocalizedText? Notes, IReadOnlyList<string> Sources);

    public static RouteGroupBuilder MapDirectoryEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Directory");
        group.MapGet("/structure", async (GetStructure handler, HttpContext http, CancellationToken ct) =>
        {
            var result = await handler.ExecuteAsync(CallerAccessor.From(http), ct);
            return result.IsSuccess ? Results.Ok(ToDto(result.Value)) : ErrorHandling.Problem(result.Errors);
        }).WithName("GetStructure").WithSummary("States, permanent bodies, the five meeting levels, the four security domains with their formats, and national agencies.")
          .Produces<StructureDto>();

        group.MapGet("/competent-authorities", async (string? state, string? matter, FindCompetentAuthorities handler, HttpContext http, CancellationToken ct) =>
        {
            var result = await handler.ExecuteAsync(CallerAccessor.From(http), new CompetenceQuery(Blank(state)?.ToUpperInvariant(), Blank(matter)), ct);
            return result.IsSuccess ? Results.Ok(result.Value.Answers.Select(ToDto).ToList()) : ErrorHandling.Problem(result.Errors);
        }).WithName("FindCompetentAuthorities").WithSummary("Who is competent for a matter in a member state (e.g. state=KG&matter=extradition); blind spots are listed with their reason.")
          .Produces<List<CompetenceDto>>();
        return api;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static StructureDto ToDto(StructureView v) => new(
        [.. v.States.Select(s => new StateDto(s.Code, s.Name, s.Status, s.StatusSince, s.Founding,
            [.. s.Memberships.OrderBy(m => m.From, StringComparer.Ordinal).Select(m => new MembershipDto(m.Status, m.From, m.To, m.Sources))]))],
        [.. v.Bodies.Select(ToDto)],
        [.. v.Levels.Select(l => new LevelDto(l.Id, l.Level, l.Name, l.Role, l.Sources))],
        [.. v.Domains.Select(d => new DomainDto(d.Id, d.Name, d.Description, [.. d.Formats.Select(f => new FormatDto(
            f.Id, f.Name, f.Level,
            [.. f.Parts.Where(p => p.Kind == "tier").Select(p => p.Code)],
            [.. f.Parts.Where(p => p.Kind == "expert-group").Select(p => p.Code)],
            [.. f.Participation.Select(p => new ParticipationDto(p.StateCode, p.AgencyIds, p.BlindSpot))],
            f.Sources))]))],
        [.. v.Agencies.Select(ToDto)]);

    private static OrganisationDto ToDto(Organisation o) =>
        new(o.Id, o.Kind, o.AgencyKind.Length > 0 ? o.AgencyKind : null, o.StateCode, o.DomainId, o.ParentId, o.Name, o.Abbreviation, o.Seat,
            o.WorkingSince.Length > 0 ? o.WorkingSince : null, o.Sources);

    private static CompetenceDto ToDto(CompetenceAnswer a) => new(
        a.State.Code, a.Matter.Id, a.Matter.Name, a.Competence.IsBlindSpot, a.Competence.BlindSpot,
        [.. a.Agencies.Select(x => new CompetentAgencyDto(x.Agency.Id, x.Agency.Name, x.Role))],
        a.Competence.Notes, a.Competence.Sources);
}
