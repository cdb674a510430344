using Concord.Core.Directory;

namespace Concord.Core.Reference;

/// <summary>
/// The rules that span files: ids are unique, every reference resolves (sources, states, agencies, domains,
/// matters), the ten member states have agencies in all four domains, and the directory covers every
/// member state and matter exactly once, naming an agency or a blind spot.
/// </summary>
internal sealed class ReferenceDataRules(ReferenceDataSet set, IReadOnlyDictionary<string, ReferenceFile> files, ReferenceReadContext context)
{
    private readonly HashSet<string> _sourceIds = set.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _stateCodes = set.States.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _organisationIds = set.Organisations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _domainIds = set.Domains.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _matterIds = set.Matters.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);

    public void Check()
    {
        UniqueIds("sources.json", "id");
        UniqueIds("states.json", "code");
        UniqueIds("bodies.json", "id");
        UniqueIds("agencies.json", "id");
        UniqueIds("levels.json", "id");
        UniqueIds("domains.json", "id");
        UniqueIds("matters.json", "id");
        BodiesAndAgenciesDoNotShareIds();
        SourcesResolve();
        StatesResolve();
        AgenciesResolve();
        DomainsAreTheFour();
        FormatsResolve();
        MemberStatesHaveAgenciesInEveryDomain();
        DirectoryIsComplete();
    }

    private IEnumerable<JsonCursor> Items(string file) => files[file].Root.Array("items");

    private void UniqueIds(string file, string field)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in Items(file))
        {
            var id = item.String(field, required: false);
            if (id.Length > 0 && !seen.Add(id))
            {
                item.File.Error(item.Path + "." + field, $"the id '{id}' is used twice");
            }
        }
    }

    private void BodiesAndAgenciesDoNotShareIds()
    {
        var bodies = Items("bodies.json").Select(b => b.String("id", required: false)).ToHashSet(StringComparer.Ordinal);
        foreach (var agency in Items("agencies.json").Where(a => bodies.Contains(a.String("id", required: false))))
        {
            agency.File.Error(agency.Path + ".id", "an agency may not have the id of a body in bodies.json");
        }
    }

    private void SourcesResolve()
    {
        foreach (var (file, path, source) in context.SourceReferences)
        {
            var id = source.Split('#', 2)[0];
            if (!_sourceIds.Contains(id))
            {
                file.Error(path, $"the source '{id}' is not in sources.json");
            }
        }
    }

    private void StatesResolve()
    {
        foreach (var item in Items("bodies.json"))
        {
            State(item, "stateCode", required: false);
        }
        foreach (var item in Items("agencies.json"))
        {
            State(item, "state", required: true);
        }
        foreach (var item in Items("competences.json"))
        {
            State(item, "state", required: true);
        }
    }

    private void State(JsonCursor item, string field, bool required)
    {
        var code = item.String(field, required: false);
        if (code.Length > 0 && !_stateCodes.Contains(code))
        {
            item.File.Error(item.Path + "." + field, $"the state '{code}' is not in states.json");
        }
        else if (code.Length == 0 && required)
        {
            item.File.Error(item.Path + "." + field, $"the field '{field}' is required");
        }
    }

    private void AgenciesResolve()
    {
        var agencies = set.Organisations.Where(o => o.Kind == OrganisationKinds.NationalAgency).ToDictionary(o => o.Id, StringComparer.Ordinal);
        foreach (var item in Items("agencies.json"))
        {
            var domain = item.String("domain", required: false);
            if (domain.Length > 0 && !_domainIds.Contains(domain))
            {
                item.File.Error(item.Path + ".domain", $"the domain '{domain}' is not in domains.json");
            }
            var parent = item.String("parent", required: false);
            if (parent.Length > 0 && !_organisationIds.Contains(parent))
            {
                item.File.Error(item.Path + ".parent", $"the parent '{parent}' is not in agencies.json");
            }
        }
        foreach (var item in Items("competences.json"))
        {
            var state = item.String("state", required: false);
            foreach (var agency in item.Array("agencies", required: false))
            {
                var id = agency.String("agency", required: false);
                if (!agencies.TryGetValue(id, out var found))
                {
                    agency.File.Error(agency.Path + ".agency", $"the agency '{id}' is not in agencies.json");
                }
                else if (found.StateCode != state)
                {
                    agency.File.Error(agency.Path + ".agency", $"the agency '{id}' belongs to {found.StateCode}, not {state}");
                }
            }
        }
    }

    private void DomainsAreTheFour()
    {
        foreach (var missing in DomainIds.All.Where(d => !_domainIds.Contains(d)))
        {
            files["domains.json"].Error("$.items", $"the security domain '{missing}' is missing");
        }
    }

    private void FormatsResolve()
    {
        var formatIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var domain in Items("domains.json"))
        {
            foreach (var format in domain.Array("formats", required: false))
            {
                var id = format.String("id", required: false);
                if (id.Length > 0 && !formatIds.Add(id))
                {
                    format.File.Error(format.Path + ".id", $"the format id '{id}' is used twice");
                }
                foreach (var p in format.Array("participation", required: false))
                {
                    State(p, "state", required: true);
                    var agencyIds = p.Strings("agencies", required: false);
                    foreach (var agencyId in agencyIds.Where(a => !_organisationIds.Contains(a)))
                    {
                        p.File.Error(p.Path + ".agencies", $"the agency '{agencyId}' is not in agencies.json");
                    }
                    if (agencyIds.Count == 0 && p.Optional("blindSpot") is null)
                    {
                        p.File.Error(p.Path, "a participation names agencies, or explains the blind spot");
                    }
                }
            }
        }
    }

    private void MemberStatesHaveAgenciesInEveryDomain()
    {
        foreach (var state in set.MemberStates)
        {
            foreach (var domain in DomainIds.All)
            {
                var has = set.Organisations.Any(o => o.StateCode == state.Code && o.DomainId == domain && o.Kind == OrganisationKinds.NationalAgency);
                if (!has)
                {
                    files["agencies.json"].Error("$.items", $"member state {state.Code} has no agency in the domain '{domain}'");
                }
            }
        }
    }

    private void DirectoryIsComplete()
    {
        var seen = new HashSet<(string, string)>();
        foreach (var item in Items("competences.json"))
        {
            var state = item.String("state", required: false);
            var matter = item.String("matter", required: false);
            if (matter.Length > 0 && !_matterIds.Contains(matter))
            {
                item.File.Error(item.Path + ".matter", $"the matter '{matter}' is not in matters.json");
            }
            if (!seen.Add((state, matter)))
            {
                item.File.Error(item.Path, $"{state} × {matter} is listed twice");
            }
            if (!item.Array("agencies", required: false).Any() && item.Optional("blindSpot") is null)
            {
                item.File.Error(item.Path, $"{state} × {matter} names no agency and no blind spot; say which, or why there is none");
            }
        }
        foreach (var state in set.MemberStates)
        {
            foreach (var matter in set.Matters.Where(m => !seen.Contains((state.Code, m.Id))))
            {
                files["competences.json"].Error("$.items", $"{state.Code} × {matter.Id} is missing: every member state needs an entry for every matter");
            }
        }
    }
}
