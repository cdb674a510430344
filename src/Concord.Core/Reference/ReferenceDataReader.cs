using System.Security.Cryptography;
using Concord.Core.Directory;

namespace Concord.Core.Reference;

/// <summary>
/// Reads and validates the reference data files (sources, states, bodies, levels, domains, agencies, matters,
/// competences). Either every file is valid and every cross-reference resolves, or the result lists every
/// problem with file, line, JSON path and reason; nothing partial is returned.
/// </summary>
public static class ReferenceDataReader
{
    public static readonly IReadOnlyList<string> FileNames =
        ["sources.json", "states.json", "bodies.json", "levels.json", "domains.json", "agencies.json", "matters.json", "competences.json"];

    private const string ResourcePrefix = "Concord.Reference.";

    /// <summary>The reference data built into this release (data/reference/ at build time).</summary>
    public static Result<ReferenceDataSet> ReadEmbedded()
    {
        var assembly = typeof(ReferenceDataReader).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in FileNames)
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name);
            if (stream is null)
            {
                continue;
            }
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files[name] = buffer.ToArray();
        }
        return Read(files, "data/reference");
    }

    /// <summary>The reference data in a directory (an operator's updated copy, or the repository's data/reference).</summary>
    public static Result<ReferenceDataSet> ReadDirectory(string directory)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in FileNames)
        {
            var path = Path.Combine(directory, name);
            if (File.Exists(path))
            {
                files[name] = File.ReadAllBytes(path);
            }
        }
        return Read(files, directory);
    }

    public static Result<ReferenceDataSet> Read(IReadOnlyDictionary<string, byte[]> files, string origin)
    {
        ArgumentNullException.ThrowIfNull(files);
        var context = new ReferenceReadContext();
        var parsed = new Dictionary<string, ReferenceFile>(StringComparer.Ordinal);
        foreach (var name in FileNames)
        {
            var display = origin.Length > 0 ? origin.TrimEnd('/') + "/" + name : name;
            if (!files.TryGetValue(name, out var bytes))
            {
                context.Errors.Add(new ReferenceError(display, 0, "$", "the file is missing"));
                continue;
            }
            parsed[name] = ReferenceFile.Parse(display, bytes, context);
        }
        if (context.Errors.Count > 0)
        {
            return ToFailure(context);
        }

        var versions = parsed.Values.Select(f => f.Root.String("version")).Distinct(StringComparer.Ordinal).ToList();
        var sources = ReadSources(parsed["sources.json"]);
        var states = ReadStates(parsed["states.json"]);
        var bodies = ReadBodies(parsed["bodies.json"]);
        var agencies = ReadAgencies(parsed["agencies.json"]);
        var levels = ReadLevels(parsed["levels.json"]);
        var domains = ReadDomains(parsed["domains.json"]);
        var matters = ReadMatters(parsed["matters.json"]);
        var competences = ReadCompetences(parsed["competences.json"]);

        var set = new ReferenceDataSet
        {
            Version = versions.Count == 1 ? versions[0] : string.Join("/", versions),
            Sha256 = Fingerprint(files),
            Sources = sources,
            States = states,
            Organisations = [.. bodies, .. agencies],
            Levels = levels,
            Domains = domains,
            Matters = matters,
            Competences = competences,
        };
        new ReferenceDataRules(set, parsed, context).Check();
        return context.Errors.Count > 0 ? ToFailure(context) : set;
    }

    private static Result<ReferenceDataSet> ToFailure(ReferenceReadContext context) =>
        Result<ReferenceDataSet>.Failure(context.Errors
            .Select(e => new Error("reference-data-invalid", e.ToString(), e.File))
            .ToList());

    private static string Fingerprint(IReadOnlyDictionary<string, byte[]> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in FileNames)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
            hash.AppendData(files[name]);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static List<Source> ReadSources(ReferenceFile file) =>
        file.Root.Array("items").Select(n => new Source
        {
            Id = n.Id(),
            Title = n.String("title"),
            Author = n.String("author", required: false),
            Publisher = n.String("publisher", required: false),
            Date = n.Date("date", required: false),
            Url = n.String("url", required: false),
            Language = n.String("language", required: false),
        }).ToList();

    private static List<State> ReadStates(ReferenceFile file) =>
        file.Root.Array("items").Select(n =>
        {
            var code = n.String("code");
            if (code.Length > 0 && (code.Length != 2 || !code.All(char.IsAsciiLetterUpper)))
            {
                file.Error(n.Path + ".code", $"'{code}' is not an ISO 3166-1 alpha-2 code in capitals");
            }
            var memberships = n.Array("memberships").Select(m => new StateMembership
            {
                StateCode = code,
                Status = Status(m),
                From = m.Date("from"),
                To = m.Date("to", required: false) is { Length: > 0 } to ? to : null,
                Sources = m.Sources(),
                Notes = m.Text("notes", required: false),
            }).ToList();
            if (memberships.Count == 0)
            {
                file.Error(n.Path + ".memberships", "a state needs at least one membership period");
            }
            var current = memberships.LastOrDefault(m => m.To is null) ?? memberships.LastOrDefault();
            return new State
            {
                Code = code,
                Name = n.Text("names")!,
                OfficialName = n.Text("officialNames", required: false),
                Capital = n.Text("capital", required: false) ?? new LocalizedText("", "", ""),
                Founding = n.Bool("founding"),
                Sources = n.Optional("sources") is null ? [] : n.Sources(),
                Status = current?.Status ?? "",
                StatusSince = current?.From ?? "",
                Memberships = memberships,
            };
        }).ToList();

    private static string Status(JsonCursor n)
    {
        var status = n.String("status");
        if (status.Length > 0 && !MembershipStatus.All.Contains(status))
        {
            n.File.Error(n.Path + ".status", $"'{status}' is not one of {string.Join(", ", MembershipStatus.All)}");
        }
        return status;
    }

    private static List<Organisation> ReadBodies(ReferenceFile file) =>
        file.Root.Array("items").Select(n =>
        {
            var kind = n.String("kind");
            if (kind.Length > 0 && kind is not (OrganisationKinds.PermanentBody or OrganisationKinds.Council))
            {
                file.Error(n.Path + ".kind", $"'{kind}' is not 'permanent-body' or 'council'");
            }
            return new Organisation
            {
                Id = n.Id(),
                Kind = kind,
                StateCode = n.String("stateCode", required: false) is { Length: > 0 } s ? s : null,
                Name = n.Text("names")!,
                Abbreviation = n.Text("abbreviation", required: false),
                Seat = n.Text("seat", required: false),
                Role = n.Text("role", required: false),
                WorkingSince = n.Date("workingSince", required: false),
                Established = n.Date("established", required: false),
                Sources = n.Sources(),
                Notes = n.Text("notes", required: false),
            };
        }).ToList();

    private static List<Organisation> ReadAgencies(ReferenceFile file) =>
        file.Root.Array("items").Select(n => new Organisation
        {
            Id = n.Id(),
            Kind = OrganisationKinds.NationalAgency,
            AgencyKind = n.String("kind"),
            StateCode = n.String("state"),
            DomainId = n.String("domain"),
            ParentId = n.String("parent", required: false) is { Length: > 0 } p ? p : null,
            Name = n.Text("names")!,
            Abbreviation = n.Text("abbreviation", required: false),
            Sources = n.Sources(),
            Notes = n.Text("notes", required: false),
        }).ToList();

    private static List<MeetingLevel> ReadLevels(ReferenceFile file) =>
        file.Root.Array("items").Select(n => new MeetingLevel
        {
            Id = n.Id(),
            Level = n.Int("level"),
            Name = n.Text("names")!,
            Role = n.Text("role")!,
            Sources = n.Sources(),
        }).ToList();

    private static List<SecurityDomain> ReadDomains(ReferenceFile file) =>
        file.Root.Array("items").Select((n, i) =>
        {
            var domainId = n.Id();
            return new SecurityDomain
            {
                Id = domainId,
                Order = i,
                Name = n.Text("names")!,
                Description = n.Text("description")!,
                Sources = n.Sources(),
                Formats = n.Array("formats").Select((f, j) => ReadFormat(f, domainId, j)).ToList(),
            };
        }).ToList();

    private static MeetingFormat ReadFormat(JsonCursor f, string domainId, int order)
    {
        var formatId = f.Id();
        var parts = f.Array("tiers", required: false).Select((t, k) => Part(t, formatId, "tier", k))
            .Concat(f.Array("expertGroups", required: false).Select((g, k) => Part(g, formatId, "expert-group", k)))
            .ToList();
        return new MeetingFormat
        {
            Id = formatId,
            DomainId = domainId,
            Order = order,
            Name = f.Text("names")!,
            Level = f.String("level", required: false),
            Since = f.Date("since", required: false),
            Sources = f.Sources(),
            Notes = f.Text("notes", required: false),
            Parts = parts,
            Participation = f.Array("participation", required: false).Select(p => new FormatParticipation
            {
                FormatId = formatId,
                StateCode = p.String("state"),
                AgencyIds = p.Strings("agencies", required: false),
                BlindSpot = p.Text("blindSpot", required: false),
                Notes = p.Text("notes", required: false),
                Sources = p.Sources(),
            }).ToList(),
        };
    }

    private static FormatPart Part(JsonCursor n, string formatId, string kind, int order) => new()
    {
        FormatId = formatId,
        Kind = kind,
        Code = n.Id(),
        Order = order,
        Name = n.Text("names")!,
    };

    private static List<Matter> ReadMatters(ReferenceFile file) =>
        file.Root.Array("items").Select((n, i) => new Matter
        {
            Id = n.Id(),
            Order = i,
            Name = n.Text("names")!,
            Description = n.Text("description")!,
            Sources = n.Sources(),
        }).ToList();

    private static List<Competence> ReadCompetences(ReferenceFile file) =>
        file.Root.Array("items").Select(n => new Competence
        {
            StateCode = n.String("state"),
            MatterId = n.String("matter"),
            BlindSpot = n.Text("blindSpot", required: false),
            Notes = n.Text("notes", required: false),
            Sources = n.Sources(),
            Agencies = n.Array("agencies").Select((a, i) => new CompetentAgency
            {
                AgencyId = a.String("agency"),
                Order = i,
                Role = a.Text("role")!,
            }).ToList(),
        }).ToList();
}
