using Concord.Core.Access;
using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Directory;

/// <summary>"Who handles extradition in Kyrgyzstan?" — a state, a matter, or both; blind spots included.</summary>
public sealed record CompetenceQuery(string? StateCode, string? MatterId);

public sealed record CompetenceAnswer(
    State State,
    Matter Matter,
    Competence Competence,
    IReadOnlyList<(Organisation Agency, LocalizedText Role)> Agencies);

public sealed record CompetenceResult(
    IReadOnlyList<CompetenceAnswer> Answers,
    IReadOnlyList<State> States,
    IReadOnlyList<Matter> Matters,
    IReadOnlyDictionary<string, Source> Sources);

public sealed class FindCompetentAuthorities(ConcordDbContext db, AccessGate gate)
{
    public async Task<Result<CompetenceResult>> ExecuteAsync(Caller caller, CompetenceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var purpose = $"state={query.StateCode ?? "*"};matter={query.MatterId ?? "*"}";
        var decision = await gate.CheckAsync(caller, AccessAction.Read, new Resource.CompetentAuthorities(), purpose, cancellationToken);
        if (!decision.Allowed)
        {
            return AccessErrors.Denied(decision);
        }

        var states = await db.States.AsNoTracking().Where(s => s.Status == Reference.MembershipStatus.Member).OrderBy(s => s.Code).ToListAsync(cancellationToken);
        var matters = await db.Matters.AsNoTracking().OrderBy(m => m.Order).ToListAsync(cancellationToken);
        if (query.StateCode is { } code && states.All(s => s.Code != code))
        {
            return new Error("unknown-state", $"There is no member state with the code '{code}'.", "state");
        }
        if (query.MatterId is { } matterId && matters.All(m => m.Id != matterId))
        {
            return new Error("unknown-matter", $"There is no matter '{matterId}'.", "matter");
        }

        var competences = await db.Competences.AsNoTracking().Include(c => c.Agencies)
            .Where(c => (query.StateCode == null || c.StateCode == query.StateCode) && (query.MatterId == null || c.MatterId == query.MatterId))
            .ToListAsync(cancellationToken);
        var agencyIds = competences.SelectMany(c => c.Agencies.Select(a => a.AgencyId)).Distinct().ToList();
        var agencies = await db.Organisations.AsNoTracking().Where(o => agencyIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, StringComparer.Ordinal, cancellationToken);
        var sources = await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Id, StringComparer.Ordinal, cancellationToken);
        var stateByCode = states.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var matterById = matters.ToDictionary(m => m.Id, StringComparer.Ordinal);

        var answers = competences
            .Where(c => stateByCode.ContainsKey(c.StateCode) && matterById.ContainsKey(c.MatterId))
            .OrderBy(c => c.StateCode, StringComparer.Ordinal).ThenBy(c => matterById[c.MatterId].Order)
            .Select(c => new CompetenceAnswer(
                stateByCode[c.StateCode],
                matterById[c.MatterId],
                c,
                [.. c.Agencies.OrderBy(a => a.Order).Where(a => agencies.ContainsKey(a.AgencyId)).Select(a => (agencies[a.AgencyId], a.Role))]))
            .ToList();
        return new CompetenceResult(answers, states, matters, sources);
    }
}
