using Concord.Core.Access;
using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Directory;

/// <summary>The structure of SCO security cooperation: states, permanent bodies and councils, the five meeting levels, the four domains with their formats, and national agencies.</summary>
public sealed record StructureView(
    IReadOnlyList<State> States,
    IReadOnlyList<Organisation> Bodies,
    IReadOnlyList<MeetingLevel> Levels,
    IReadOnlyList<SecurityDomain> Domains,
    IReadOnlyList<Organisation> Agencies,
    IReadOnlyDictionary<string, Source> Sources)
{
    public IEnumerable<State> Members => States.Where(s => s.Status == Reference.MembershipStatus.Member);
    public IEnumerable<State> Observers => States.Where(s => s.Status == Reference.MembershipStatus.Observer);
    public IEnumerable<State> Partners => States.Where(s => s.Status == Reference.MembershipStatus.DialoguePartner);

    public IEnumerable<Organisation> AgenciesOf(string stateCode, string domainId) =>
        Agencies.Where(a => a.StateCode == stateCode && a.DomainId == domainId);
}

public sealed class GetStructure(ConcordDbContext db, AccessGate gate)
{
    public async Task<Result<StructureView>> ExecuteAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        var decision = await gate.CheckAsync(caller, AccessAction.Read, new Resource.Structure(), cancellationToken: cancellationToken);
        if (!decision.Allowed)
        {
            return AccessErrors.Denied(decision);
        }
        var states = await db.States.AsNoTracking().Include(s => s.Memberships).Where(s => s.Status != "").ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().ToListAsync(cancellationToken);
        var levels = await db.MeetingLevels.AsNoTracking().OrderBy(l => l.Level).ToListAsync(cancellationToken);
        var domains = await db.Domains.AsNoTracking()
            .Include(d => d.Formats).ThenInclude(f => f.Parts)
            .Include(d => d.Formats).ThenInclude(f => f.Participation)
            .OrderBy(d => d.Order)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        foreach (var domain in domains)
        {
            domain.Formats = [.. domain.Formats.OrderBy(f => f.Order)];
            foreach (var format in domain.Formats)
            {
                format.Parts = [.. format.Parts.OrderBy(p => p.Kind, StringComparer.Ordinal).ThenBy(p => p.Order)];
            }
        }
        var sources = await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Id, StringComparer.Ordinal, cancellationToken);
        return new StructureView(
            [.. states.OrderBy(s => s.StatusSince, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal)],
            [.. organisations.Where(o => o.Kind != OrganisationKinds.NationalAgency)],
            levels,
            domains,
            [.. organisations.Where(o => o.Kind == OrganisationKinds.NationalAgency).OrderBy(o => o.StateCode, StringComparer.Ordinal).ThenBy(o => o.Id, StringComparer.Ordinal)],
            sources);
    }
}
