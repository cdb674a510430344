using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Concord.Core.Records.Demo;

/// <summary>An owner of demo records: an agency (with its state) or the RATS Executive Committee.</summary>
public sealed record DemoOwner(string OrganisationId, string? StateCode);

/// <summary>
/// Generates the synthetic demo set deterministically (same seed, same records): persons with names in the scripts of
/// the ten member states, organisations with fictitious names, incidents linking them, and extremist materials on
/// reserved .invalid addresses. Mixed handling codes, evaluations and distributions; every record says it is synthetic.
/// </summary>
public static class DemoRecordGenerator
{
    public const string SyntheticNote = "Synthetic demonstration record: the person, organisation or event is fictitious.";

    public static IReadOnlyList<RecordDraft> Generate(int persons, IReadOnlyList<DemoOwner> owners, DateOnly today, int seed,
        out IReadOnlyList<DemoOwner> ownerOfEach)
    {
        ArgumentNullException.ThrowIfNull(owners);
        var random = new Random(seed);
        var drafts = new List<RecordDraft>();
        var owned = new List<DemoOwner>();
        var byState = owners.Where(o => o.StateCode is not null).GroupBy(o => o.StateCode!).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var rats = owners.FirstOrDefault(o => o.OrganisationId == RecordCodes.RatsOrganisationId) ?? owners[0];
        DemoOwner OwnerIn(string state) => byState.TryGetValue(state, out var list) ? list[random.Next(list.Count)] : rats;

        for (var i = 0; i < persons; i++)
        {
            var names = DemoNameParts.States[i % DemoNameParts.States.Length];
            // Most records are owned by an agency of the person's state; some by another state's agency or by RATS.
            var roll = random.Next(10);
            var owner = roll < 7 ? OwnerIn(names.State) : roll < 9 ? OwnerIn(DemoNameParts.States[random.Next(DemoNameParts.States.Length)].State) : rats;
            drafts.Add(Person(random, names, owner, today));
            owned.Add(owner);
        }
        var organisationIds = new List<int>();
        var organisations = Math.Max(10, persons / 20);
        for (var i = 0; i < organisations; i++)
        {
            var state = DemoNameParts.States[i % DemoNameParts.States.Length].State;
            var owner = random.Next(5) == 0 ? rats : OwnerIn(state);
            organisationIds.Add(drafts.Count);
            drafts.Add(Organisation(random, state, i, owner, today));
            owned.Add(owner);
        }
        var materials = Math.Max(10, persons / 30);
        for (var i = 0; i < materials; i++)
        {
            var state = DemoNameParts.States[i % DemoNameParts.States.Length].State;
            var owner = OwnerIn(state);
            drafts.Add(Material(random, i, owner, today));
            owned.Add(owner);
        }
        ownerOfEach = owned;
        return drafts;
    }

    /// <summary>Incidents refer to records by id, so they are made once the persons and organisations have ids.</summary>
    public static IReadOnlyList<(RecordDraft Draft, DemoOwner Owner)> Incidents(IReadOnlyList<(string Id, string Kind, DemoOwner Owner)> records, DateOnly today, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(records);
        var random = new Random(seed + 1);
        var persons = records.Where(r => r.Kind == "person").ToList();
        var organisations = records.Where(r => r.Kind == "organisation").ToList();
        var result = new List<(RecordDraft, DemoOwner)>();
        for (var i = 0; i < count && persons.Count > 0 && organisations.Count > 0; i++)
        {
            var organisation = organisations[random.Next(organisations.Count)];
            var linked = new List<string> { organisation.Id };
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                linked.Add(persons[random.Next(persons.Count)].Id);
            }
            var state = organisation.Owner.StateCode ?? "KG";
            var cities = DemoNameParts.Cities[state];
            var kind = DemoNameParts.IncidentKinds[random.Next(DemoNameParts.IncidentKinds.Length)];
            var date = today.AddDays(-random.Next(30, 3000));
            var place = cities[random.Next(cities.Length)];
            result.Add((Common(random, today) with
            {
                Kind = "incident",
                LegalBasis = "Criminal case opened by the investigating authority",
                LegalReference = "CASE-" + date.Year.ToString(CultureInfo.InvariantCulture) + "-" + random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture),
                Purpose = "Investigation of the incident and identification of those involved",
                Details = new RecordDetails
                {
                    Names = [new RecordName(char.ToUpperInvariant(kind[0]) + kind[1..] + ", " + place + ", " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))],
                    IncidentDate = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Place = place,
                    IncidentKind = kind,
                    Killed = random.Next(4) == 0 ? random.Next(1, 12) : 0,
                    Injured = random.Next(0, 30),
                    LinkedRecords = linked.Distinct(StringComparer.Ordinal).ToList(),
                    Summary = SyntheticNote,
                },
            }, organisation.Owner));
        }
        return result;
    }

    private static RecordDraft Person(Random random, DemoNameParts.StateNames n, DemoOwner owner, DateOnly today)
    {
        var g = random.Next(n.Given.Length);
        var s = random.Next(n.Surnames.Length);
        var given = n.Given[g];
        var surname = n.Surnames[s];
        var primary = n.NoSpace ? surname + given
            : n.FamilyFirst ? surname + " " + given
            : n.Patronymics is not null && random.Next(2) == 0 ? surname + " " + given + " " + n.Patronymics[random.Next(n.Patronymics.Length)]
            : given + " " + surname;
        var names = new List<RecordName> { new(primary) };
        if (n.GivenLatin is not null && n.SurnamesLatin is not null)
        {
            // Where two scripts are in use, the Latin reading is the primary name and the native script is the original.
            names = [new RecordName(n.GivenLatin[g] + " " + n.SurnamesLatin[s]), new RecordName(primary, RecordNameKinds.OriginalScript)];
        }
        if (random.Next(4) == 0)
        {
            names.Add(new RecordName(n.Given[random.Next(n.Given.Length)] + (n.NoSpace ? "" : " ") + (n.NoSpace ? "" : surname), RecordNameKinds.Alias));
        }
        var born = new DateOnly(random.Next(1955, 2004), random.Next(1, 13), random.Next(1, 29));
        var cities = DemoNameParts.Cities[n.State];
        var action = (RequestedAction)random.Next(4);
        var birthDates = random.Next(8) == 0 ? new List<string> { born.Year.ToString(CultureInfo.InvariantCulture) } : [born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
        return Common(random, today) with
        {
            Kind = "person",
            LegalBasis = DemoNameParts.LegalBases[random.Next(3)],
            LegalReference = n.State + "-" + random.Next(2015, 2026).ToString(CultureInfo.InvariantCulture) + "/" + random.Next(100, 99999).ToString(CultureInfo.InvariantCulture),
            Purpose = action == RequestedAction.Arrest ? "Arrest and extradition" : action == RequestedAction.Locate ? "Establishing whereabouts" : "Prevention of terrorist and extremist crimes",
            Details = new RecordDetails
            {
                Names = names,
                BirthDates = birthDates,
                BirthPlace = cities[random.Next(cities.Length)],
                Nationalities = [n.State],
                Documents = [new IdentityDocument("passport", Passport(random, n.State), n.State)],
                RequestedAction = RecordCodes.Of(action),
                Summary = SyntheticNote,
            },
        };
    }

    private static RecordDraft Organisation(Random random, string state, int i, DemoOwner owner, DateOnly today)
    {
        var (pattern, adjectives, nouns) = DemoNameParts.Organisations[state];
        var a = (i / DemoNameParts.States.Length + random.Next(adjectives.Length)) % adjectives.Length;
        var b = random.Next(nouns.Length);
        var native = string.Format(CultureInfo.InvariantCulture, pattern, adjectives[a], nouns[b]);
        var english = DemoNameParts.EnglishAdjectives[a] + " " + DemoNameParts.EnglishNouns[b] + " Movement";
        var designated = today.AddDays(-random.Next(200, 5000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _ = owner;
        return Common(random, today) with
        {
            Kind = "organisation",
            LegalBasis = DemoNameParts.LegalBases[3],
            LegalReference = state + "-SC-" + random.Next(10, 999).ToString(CultureInfo.InvariantCulture),
            Purpose = "Countering terrorism, separatism and extremism (Shanghai Convention, 2001)",
            Details = new RecordDetails
            {
                Names = [new RecordName(native), new RecordName(english + " (" + state + " " + (i + 1).ToString(CultureInfo.InvariantCulture) + ")", RecordNameKinds.Alias)],
                Designations = [new Designation(state, designated, "Decision of the Supreme Court No. " + random.Next(1, 400).ToString(CultureInfo.InvariantCulture))],
                Summary = SyntheticNote,
            },
        };
    }

    private static RecordDraft Material(Random random, int i, DemoOwner owner, DateOnly today)
    {
        var url = "https://extremist-site-" + i.ToString(CultureInfo.InvariantCulture) + ".invalid/" + (random.Next(2) == 0 ? "video/" : "posts/") + random.Next(1000, 99999).ToString(CultureInfo.InvariantCulture);
        var hash = random.Next(3) == 0 ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url))) : "";
        var blocking = RecordRules.MemberStates.Where(_ => random.Next(3) == 0)
            .Select(s => new BlockingStatus(s, RecordRules.BlockingStatuses[random.Next(3)], today.AddDays(-random.Next(10, 900)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .ToList();
        return Common(random, today) with
        {
            Kind = "material",
            LegalBasis = "Court decision recognising the material as extremist",
            LegalReference = (owner.StateCode ?? "RATS") + "-EXT-" + random.Next(100, 9999).ToString(CultureInfo.InvariantCulture),
            Purpose = "Blocking of extremist material",
            Details = new RecordDetails
            {
                Names = [new RecordName("Extremist material " + (i + 1).ToString(CultureInfo.InvariantCulture))],
                Url = url,
                ContentHash = hash,
                MaterialKind = random.Next(2) == 0 ? "website" : "video",
                DecisionReference = "Decision No. " + random.Next(1, 999).ToString(CultureInfo.InvariantCulture),
                Blocking = blocking,
                Summary = SyntheticNote,
            },
        };
    }

    private static RecordDraft Common(Random random, DateOnly today)
    {
        var h = random.Next(20);
        var handling = h < 12 ? "H0" : h < 15 ? "H1" : h < 18 ? "H2" : "H3";
        var d = random.Next(20);
        var distribution = d < 12 ? "all-members" : d < 15 ? "listed-states" : d < 17 ? "rats-only" : "owner-only";
        var states = distribution == "listed-states"
            ? RecordRules.MemberStates.Where(_ => random.Next(3) == 0).DefaultIfEmpty("KZ").ToList()
            : [];
        return new RecordDraft
        {
            HandlingCode = handling,
            HandlingConditions = handling == "H3" ? "Not to be passed to third countries; use for border checks only." : "",
            Evaluation = "ABCX"[random.Next(4)].ToString() + (1 + random.Next(4)).ToString(CultureInfo.InvariantCulture),
            Source = "Concord demo data (synthetic)",
            Distribution = distribution,
            DistributionStates = states,
            // A few records are already past review, so that the review flow can be tried.
            ReviewDate = today.AddDays(random.Next(40) == 0 ? -random.Next(1, 60) : random.Next(30, 700)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    private static string Passport(Random random, string state)
    {
        var digits = random.NextInt64(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        return state switch
        {
            "CN" => "E" + digits,
            "RU" => digits[..2] + " " + digits[2..] + random.Next(10).ToString(CultureInfo.InvariantCulture),
            "KZ" => "N" + digits,
            "IN" => "J" + digits[..7],
            "PK" => "AB" + digits[..7],
            _ => state + digits[..7],
        };
    }
}
