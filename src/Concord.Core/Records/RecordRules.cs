using System.Globalization;
using Concord.Core.Handling;
using Concord.Matching.Model;

namespace Concord.Core.Records;

/// <summary>A draft that passed the rules, with its codes parsed.</summary>
public sealed record ValidDraft(
    RecordDraft Draft,
    RecordKind Kind,
    HandlingCode Handling,
    Distribution Distribution,
    IReadOnlyList<string> States,
    DateOnly ReviewDate);

/// <summary>
/// The rules every record obeys, whoever writes it (editor, API, importers). Errors name the field as a JSON path
/// ("details.names[0].text") and read as sentences.
/// </summary>
public static class RecordRules
{
    public static readonly IReadOnlyList<string> MemberStates = ["CN", "RU", "KZ", "KG", "TJ", "UZ", "IN", "PK", "IR", "BY"];
    public static readonly IReadOnlyList<string> DocumentTypes = ["passport", "national-id", "residence-permit", "travel-document", "other"];
    public static readonly IReadOnlyList<string> MaterialKinds = ["website", "video", "audio", "publication", "image", "other"];
    public static readonly IReadOnlyList<string> BlockingStatuses = ["blocked", "pending", "not-blocked"];

    public const int MaxNames = 60;
    public const int MaxNameLength = 500;
    public const int MaxShortText = 200;
    public const int MaxText = 1000;
    public const int MaxSummary = 8000;
    public const int MaxListItems = 50;
    public const int MaxReviewYears = 5;

    public static Result<ValidDraft> Validate(RecordDraft draft, DateOnly today, bool reviewDateMayBePast = false)
    {
        ArgumentNullException.ThrowIfNull(draft);
        draft = WithoutNulls(draft);
        var errors = new List<Error>();
        void Add(string code, string message, string field) => errors.Add(new Error(code, message, field));

        var kindOk = RecordCodes.TryParseKind(draft.Kind, out var kind);
        if (!kindOk)
        {
            Add("record-kind-invalid", "The kind must be person, organisation, incident or material.", "kind");
        }
        var handling = Handling.Handling.Create(draft.HandlingCode, draft.HandlingConditions);
        if (!handling.IsSuccess)
        {
            errors.AddRange(handling.Errors);
        }
        var evaluation = Evaluation.Parse(draft.Evaluation);
        if (!evaluation.IsSuccess)
        {
            errors.AddRange(evaluation.Errors);
        }
        var distributionOk = RecordCodes.TryParseDistribution(draft.Distribution, out var distribution);
        if (!distributionOk)
        {
            Add("distribution-invalid", "The distribution must be all-members, listed-states, rats-only or owner-only.", "distribution");
        }
        var states = new List<string>();
        for (var i = 0; i < draft.DistributionStates.Count; i++)
        {
            var code = (draft.DistributionStates[i] ?? "").Trim().ToUpperInvariant();
            if (!MemberStates.Contains(code))
            {
                Add("distribution-state-unknown", $"'{Clip(code)}' is not the code of a member state.", $"distributionStates[{I(i)}]");
            }
            else if (!states.Contains(code))
            {
                states.Add(code);
            }
        }
        if (distributionOk && distribution == Distribution.ListedStates && states.Count == 0 && errors.All(e => e.Field?.StartsWith("distributionStates", StringComparison.Ordinal) != true))
        {
            Add("distribution-states-required", "A record for listed states needs at least one member state.", "distributionStates");
        }
        if (distributionOk && distribution != Distribution.ListedStates && draft.DistributionStates.Count > 0)
        {
            Add("distribution-states-only-for-listed", "Member states are listed only with the distribution listed-states.", "distributionStates");
        }
        Text(errors, draft.Source, "source", MaxText, required: false);
        Text(errors, draft.LegalBasis, "legalBasis", MaxText, required: true, "legal-basis-required", "Every record needs its legal basis (warrant, court decision, designation...).");
        Text(errors, draft.LegalReference, "legalReference", MaxShortText, required: false);
        Text(errors, draft.Purpose, "purpose", MaxText, required: true, "purpose-required", "Every record needs the purpose for which it is kept.");
        Text(errors, draft.ExternalId, "externalId", MaxShortText, required: false);

        if (CheckReviewDate(draft.ReviewDate, today, reviewDateMayBePast, out var review) is { } reviewError)
        {
            errors.Add(reviewError);
        }

        if (kindOk)
        {
            ValidateDetails(errors, kind, draft.Details);
        }
        if (errors.Count > 0)
        {
            return Result<ValidDraft>.Failure(errors);
        }
        var normalised = draft with
        {
            Kind = RecordCodes.Of(kind),
            HandlingCode = Handling.Handling.Format(handling.Value.Code),
            HandlingConditions = handling.Value.Conditions,
            Evaluation = evaluation.Value.ToString(),
            Distribution = RecordCodes.Of(distribution),
            DistributionStates = states,
            ReviewDate = review.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Source = draft.Source.Trim(),
            LegalBasis = draft.LegalBasis.Trim(),
            LegalReference = draft.LegalReference.Trim(),
            Purpose = draft.Purpose.Trim(),
            ExternalId = draft.ExternalId.Trim(),
            Details = Normalise(draft.Details),
        };
        return new ValidDraft(normalised, kind, handling.Value.Code, distribution, states, review);
    }

    /// <summary>
    /// The review date rule, shared by <see cref="Validate"/> and renewing: written YYYY-MM-DD, after today (unless
    /// <paramref name="mayBePast"/>), at most <see cref="MaxReviewYears"/> years ahead. Null when it holds.
    /// </summary>
    public static Error? CheckReviewDate(string? text, DateOnly today, bool mayBePast, out DateOnly date)
    {
        if (!DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return new Error("review-date-invalid", "The review date is required, written YYYY-MM-DD.", "reviewDate");
        }
        if (!mayBePast && date <= today)
        {
            return new Error("review-date-not-in-future", "The review date must be after today.", "reviewDate");
        }
        if (date > today.AddYears(MaxReviewYears))
        {
            return new Error("review-date-too-far", $"The review date may be at most {MaxReviewYears} years ahead; renew the record then.", "reviewDate");
        }
        return null;
    }

    private static void ValidateDetails(List<Error> errors, RecordKind kind, RecordDetails d)
    {
        void Add(string code, string message, string field) => errors.Add(new Error(code, message, field));
        var names = d.Names ?? [];
        if (names.Count > MaxNames)
        {
            Add("too-many-names", $"A record may have at most {MaxNames} names.", "details.names");
        }
        for (var i = 0; i < Math.Min(names.Count, MaxNames); i++)
        {
            var n = names[i];
            Text(errors, n?.Text, $"details.names[{I(i)}].text", MaxNameLength, required: true, "name-empty", "A name may not be empty.");
            if (n is not null && !RecordNameKinds.All.Contains(n.Kind))
            {
                Add("name-kind-invalid", "The kind of a name is primary, alias, weak-alias, former or original-script.", $"details.names[{I(i)}].kind");
            }
        }
        if (kind != RecordKind.Material && names.Count == 0)
        {
            Add("name-required", "A person, organisation or incident needs at least one name.", "details.names");
        }
        Text(errors, d.Summary, "details.summary", MaxSummary, required: false);

        var person = kind == RecordKind.Person;
        List(errors, d.BirthDates, "details.birthDates", person, (v, f) =>
        {
            if (!PartialDate.TryParse(v, out _))
            {
                Add("birth-date-invalid", "A date of birth is written YYYY, YYYY-MM or YYYY-MM-DD.", f);
            }
        });
        Only(errors, d.BirthPlace.Length == 0 || person, "details.birthPlace");
        Text(errors, d.BirthPlace, "details.birthPlace", MaxShortText, required: false);
        List(errors, d.Nationalities, "details.nationalities", person, (v, f) =>
        {
            if (v.Length != 2 || !v.All(char.IsAsciiLetterUpper))
            {
                Add("nationality-invalid", "A nationality is an ISO 3166-1 alpha-2 code such as KZ.", f);
            }
        });
        List(errors, d.Documents, "details.documents", person, (v, f) =>
        {
            if (!DocumentTypes.Contains(v.Type))
            {
                Add("document-type-invalid", "A document is a passport, national-id, residence-permit, travel-document or other.", f + ".type");
            }
            Text(errors, v.Number, f + ".number", 200, required: true, "document-number-required", "A document needs its number.");
            Text(errors, v.IssuingState, f + ".issuingState", 64, required: false);
        });
        if (person && d.RequestedAction.Length > 0 && !RecordCodes.TryParseAction(d.RequestedAction, out _))
        {
            Add("requested-action-invalid", "The requested action is arrest, locate, discreet-check or inform.", "details.requestedAction");
        }
        if (person && d.RequestedAction.Length == 0)
        {
            Add("requested-action-required", "A person record states the action requested: arrest, locate, discreet-check or inform.", "details.requestedAction");
        }
        Only(errors, d.RequestedAction.Length == 0 || person, "details.requestedAction");

        List(errors, d.Designations, "details.designations", kind == RecordKind.Organisation, (v, f) =>
        {
            Text(errors, v.By, f + ".by", 16, required: true, "designation-by-required", "A designation names the state (or UN) that made it.");
            if (v.Date.Length > 0 && !PartialDate.TryParse(v.Date, out _))
            {
                Add("designation-date-invalid", "A designation date is written YYYY-MM-DD.", f + ".date");
            }
            Text(errors, v.LegalAct, f + ".legalAct", MaxText, required: true, "designation-act-required", "A designation names its legal act.");
        });

        var incident = kind == RecordKind.Incident;
        if (incident && !DateOnly.TryParseExact(d.IncidentDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            Add("incident-date-invalid", "An incident needs its date, written YYYY-MM-DD.", "details.incidentDate");
        }
        Only(errors, d.IncidentDate.Length == 0 || incident, "details.incidentDate");
        Text(errors, d.Place, "details.place", MaxShortText, required: incident, "incident-place-required", "An incident needs its place.");
        Only(errors, d.Place.Length == 0 || incident, "details.place");
        Text(errors, d.IncidentKind, "details.incidentKind", 64, required: incident, "incident-kind-required", "An incident needs its kind (bombing, armed attack...).");
        Only(errors, d.IncidentKind.Length == 0 || incident, "details.incidentKind");
        if (d.Killed is < 0 or > 100_000)
        {
            Add("casualties-invalid", "Casualties are a number from 0 to 100000.", "details.killed");
        }
        if (d.Injured is < 0 or > 100_000)
        {
            Add("casualties-invalid", "Casualties are a number from 0 to 100000.", "details.injured");
        }
        Only(errors, (d.Killed is null && d.Injured is null) || incident, "details.killed");
        List(errors, d.LinkedRecords, "details.linkedRecords", incident, (v, f) => Text(errors, v, f, 32, required: true));

        var material = kind == RecordKind.Material;
        Text(errors, d.Url, "details.url", 2000, required: false);
        if (d.Url.Length > 0 && (!Uri.TryCreate(d.Url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "ftp")))
        {
            Add("url-invalid", "The URL must be an absolute http, https or ftp address.", "details.url");
        }
        if (d.ContentHash.Length > 0 && (d.ContentHash.Trim().Length != 64 || !d.ContentHash.Trim().All(char.IsAsciiHexDigit)))
        {
            Add("content-hash-invalid", "The content hash is a SHA-256 written as 64 hexadecimal digits.", "details.contentHash");
        }
        if (material && d.Url.Length == 0 && d.ContentHash.Length == 0)
        {
            Add("material-needs-url-or-hash", "A material needs its URL or the SHA-256 of its content.", "details.url");
        }
        Only(errors, (d.Url.Length == 0 && d.ContentHash.Length == 0) || material, "details.url");
        if (material && !MaterialKinds.Contains(d.MaterialKind))
        {
            Add("material-kind-invalid", "The kind of material is website, video, audio, publication, image or other.", "details.materialKind");
        }
        Only(errors, d.MaterialKind.Length == 0 || material, "details.materialKind");
        Text(errors, d.DecisionReference, "details.decisionReference", MaxShortText, required: false);
        List(errors, d.Blocking, "details.blocking", material, (v, f) =>
        {
            if (!MemberStates.Contains(v.State))
            {
                Add("blocking-state-unknown", "Blocking is recorded per member state (ISO code).", f + ".state");
            }
            if (!BlockingStatuses.Contains(v.Status))
            {
                Add("blocking-status-invalid", "The blocking status is blocked, pending or not-blocked.", f + ".status");
            }
            if (v.Since.Length > 0 && !DateOnly.TryParseExact(v.Since, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                Add("blocking-date-invalid", "The blocking date is written YYYY-MM-DD.", f + ".since");
            }
        });
    }

    private static void Only(List<Error> errors, bool ok, string field)
    {
        if (!ok)
        {
            errors.Add(new Error("field-not-for-this-kind", "This field does not belong to this kind of record.", field));
        }
    }

    private static void List<T>(List<Error> errors, IReadOnlyList<T>? items, string field, bool allowed, Action<T, string> check)
    {
        items ??= [];
        if (items.Count == 0)
        {
            return;
        }
        if (!allowed)
        {
            Only(errors, false, field);
            return;
        }
        if (items.Count > MaxListItems)
        {
            errors.Add(new Error("too-many-items", $"At most {MaxListItems} entries are allowed here.", field));
            return;
        }
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null)
            {
                errors.Add(new Error("item-empty", "An entry may not be empty.", $"{field}[{I(i)}]"));
                continue;
            }
            check(item, $"{field}[{I(i)}]");
        }
    }

    private static void Text(List<Error> errors, string? value, string field, int max, bool required, string code = "text-required", string? message = null)
    {
        var v = value?.Trim() ?? "";
        if (required && v.Length == 0)
        {
            errors.Add(new Error(code, message ?? "This field is required.", field));
        }
        else if (v.Length > max)
        {
            errors.Add(new Error("text-too-long", $"This field may have at most {max} characters; it has {v.Length}.", field));
        }
        else if (v.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors.Add(new Error("text-has-control-characters", "This field contains control characters.", field));
        }
    }

    /// <summary>JSON may carry null where the model has none; treat it as empty.</summary>
    public static RecordDraft WithoutNulls(RecordDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var d = draft.Details ?? new RecordDetails();
        return draft with
        {
            Kind = draft.Kind ?? "",
            HandlingCode = draft.HandlingCode ?? "",
            HandlingConditions = draft.HandlingConditions ?? "",
            Evaluation = draft.Evaluation ?? "",
            Source = draft.Source ?? "",
            Distribution = draft.Distribution ?? "",
            DistributionStates = draft.DistributionStates ?? [],
            LegalBasis = draft.LegalBasis ?? "",
            LegalReference = draft.LegalReference ?? "",
            Purpose = draft.Purpose ?? "",
            ReviewDate = draft.ReviewDate ?? "",
            ExternalId = draft.ExternalId ?? "",
            Details = d with
            {
                Names = [.. (d.Names ?? []).Select(n => n is null ? null! : n with { Text = n.Text ?? "", Kind = n.Kind ?? RecordNameKinds.Primary })],
                Summary = d.Summary ?? "",
                BirthDates = [.. (d.BirthDates ?? []).Select(x => x ?? "")],
                BirthPlace = d.BirthPlace ?? "",
                Nationalities = [.. (d.Nationalities ?? []).Select(x => x ?? "")],
                Documents = [.. (d.Documents ?? []).Select(x => x is null ? null! : x with { Type = x.Type ?? "", Number = x.Number ?? "", IssuingState = x.IssuingState ?? "" })],
                RequestedAction = d.RequestedAction ?? "",
                Designations = [.. (d.Designations ?? []).Select(x => x is null ? null! : x with { By = x.By ?? "", Date = x.Date ?? "", LegalAct = x.LegalAct ?? "" })],
                IncidentDate = d.IncidentDate ?? "",
                Place = d.Place ?? "",
                IncidentKind = d.IncidentKind ?? "",
                LinkedRecords = [.. (d.LinkedRecords ?? []).Select(x => x ?? "")],
                Url = d.Url ?? "",
                ContentHash = d.ContentHash ?? "",
                MaterialKind = d.MaterialKind ?? "",
                DecisionReference = d.DecisionReference ?? "",
                Blocking = [.. (d.Blocking ?? []).Select(x => x is null ? null! : x with { State = x.State ?? "", Status = x.Status ?? "", Since = x.Since ?? "" })],
            },
        };
    }

    private static RecordDetails Normalise(RecordDetails d) => d with
    {
        Names = [.. d.Names.Select(n => n with { Text = n.Text.Trim() })],
        Summary = d.Summary.Trim(),
        BirthPlace = d.BirthPlace.Trim(),
        BirthDates = [.. d.BirthDates.Select(b => b.Trim())],
        Nationalities = [.. d.Nationalities.Select(n => n.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal)],
        Documents = [.. d.Documents.Select(x => x with { Number = x.Number.Trim(), IssuingState = x.IssuingState.Trim() })],
        RequestedAction = d.RequestedAction.Trim(),
        Place = d.Place.Trim(),
        IncidentKind = d.IncidentKind.Trim(),
        Url = d.Url.Trim(),
        ContentHash = d.ContentHash.Trim().ToLowerInvariant(),
        DecisionReference = d.DecisionReference.Trim(),
    };

    /// <summary>A document number as compared: letters and digits only, upper case.</summary>
    public static string DocumentKey(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return string.Concat(number.Where(char.IsLetterOrDigit)).ToUpperInvariant();
    }

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static string Clip(string s) => s.Length > 20 ? s[..20] + "…" : s;
}
