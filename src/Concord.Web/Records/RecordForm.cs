using System.Globalization;
using Concord.Core.Records;

namespace Concord.Web.Records;

/// <summary>
/// The record editor's fields as a browser posts them: lists are written one per line ("alias: NAME",
/// "passport; N1234567; KZ"), so that the form works without script.
/// </summary>
public sealed class RecordForm
{
    public string Kind { get; set; } = "person";
    public int Version { get; set; }
    public string? Reason { get; set; }
    public string? Names { get; set; }
    public string? Summary { get; set; }
    public string? BirthDates { get; set; }
    public string? BirthPlace { get; set; }
    public string? Nationalities { get; set; }
    public string? Documents { get; set; }
    public string? RequestedAction { get; set; }
    public string? Designations { get; set; }
    public string? IncidentDate { get; set; }
    public string? Place { get; set; }
    public string? IncidentKind { get; set; }
    public int? Killed { get; set; }
    public int? Injured { get; set; }
    public string? LinkedRecords { get; set; }
    public string? Url { get; set; }
    public string? ContentHash { get; set; }
    public string? MaterialKind { get; set; }
    public string? DecisionReference { get; set; }
    public string? Blocking { get; set; }
    public string HandlingCode { get; set; } = "H0";
    public string? HandlingConditions { get; set; }
    public string EvaluationSource { get; set; } = "B";
    public string EvaluationInformation { get; set; } = "2";
    public string? Source { get; set; }
    public string Distribution { get; set; } = "all-members";
    public List<string> States { get; set; } = [];
    public string? LegalBasis { get; set; }
    public string? LegalReference { get; set; }
    public string? Purpose { get; set; }
    public string? ReviewDate { get; set; }

    public RecordDraft ToDraft()
    {
        var names = Lines(Names).Select((line, i) =>
        {
            var colon = line.IndexOfAny([':', '：']);
            if (colon > 0 && NameKindOf(line[..colon].Trim()) is { } nameKind)
            {
                return new RecordName(line[(colon + 1)..].Trim(), nameKind);
            }
            return new RecordName(line, i == 0 ? RecordNameKinds.Primary : RecordNameKinds.Alias);
        }).ToList();
        var kind = Kind;
        bool Is(string k) => kind == k;
        return new RecordDraft
        {
            Kind = Kind,
            HandlingCode = HandlingCode,
            HandlingConditions = HandlingConditions ?? "",
            Evaluation = EvaluationSource + EvaluationInformation,
            Source = Source ?? "",
            Distribution = Distribution,
            DistributionStates = Distribution == "listed-states" ? States : [],
            LegalBasis = LegalBasis ?? "",
            LegalReference = LegalReference ?? "",
            Purpose = Purpose ?? "",
            ReviewDate = ReviewDate ?? "",
            Details = new RecordDetails
            {
                Names = names,
                Summary = Summary ?? "",
                BirthDates = Is("person") ? Lines(BirthDates) : [],
                BirthPlace = Is("person") ? BirthPlace ?? "" : "",
                Nationalities = Is("person") ? [.. Items(Nationalities).Select(n => n.ToUpperInvariant())] : [],
                Documents = Is("person") ? [.. Lines(Documents).Select(l => Parts(l, 3)).Select(p => new IdentityDocument(DocumentTypeOf(p[0]), p[1], p[2]))] : [],
                RequestedAction = Is("person") ? RequestedAction ?? "" : "",
                Designations = Is("organisation") ? [.. Lines(Designations).Select(l => Parts(l, 3)).Select(p => new Designation(p[0], p[1], p[2]))] : [],
                IncidentDate = Is("incident") ? IncidentDate ?? "" : "",
                Place = Is("incident") ? Place ?? "" : "",
                IncidentKind = Is("incident") ? IncidentKind ?? "" : "",
                Killed = Is("incident") ? Killed : null,
                Injured = Is("incident") ? Injured : null,
                LinkedRecords = Is("incident") ? Items(LinkedRecords) : [],
                Url = Is("material") ? Url ?? "" : "",
                ContentHash = Is("material") ? ContentHash ?? "" : "",
                MaterialKind = Is("material") ? MaterialKind ?? "" : "",
                DecisionReference = Is("material") ? DecisionReference ?? "" : "",
                Blocking = Is("material") ? [.. Lines(Blocking).Select(l => Parts(l, 3)).Select(p => new BlockingStatus(p[0].ToUpperInvariant(), p[1], p[2]))] : [],
            },
        };
    }

    public static RecordForm From(RecordDraft d, int version, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(d);
        var x = d.Details;
        return new RecordForm
        {
            Kind = d.Kind,
            Version = version,
            Names = string.Join('\n', x.Names.Select((n, i) => i == 0 && n.Kind == RecordNameKinds.Primary ? n.Text : n.Kind == RecordNameKinds.Alias ? n.Text : Word(n.Kind, language) + ": " + n.Text)),
            Summary = x.Summary,
            BirthDates = string.Join('\n', x.BirthDates),
            BirthPlace = x.BirthPlace,
            Nationalities = string.Join(", ", x.Nationalities),
            Documents = string.Join('\n', x.Documents.Select(v => Word(v.Type, language) + "; " + v.Number + "; " + v.IssuingState)),
            RequestedAction = x.RequestedAction,
            Designations = string.Join('\n', x.Designations.Select(v => v.By + "; " + v.Date + "; " + v.LegalAct)),
            IncidentDate = x.IncidentDate,
            Place = x.Place,
            IncidentKind = x.IncidentKind,
            Killed = x.Killed,
            Injured = x.Injured,
            LinkedRecords = string.Join(", ", x.LinkedRecords),
            Url = x.Url,
            ContentHash = x.ContentHash,
            MaterialKind = x.MaterialKind,
            DecisionReference = x.DecisionReference,
            Blocking = string.Join('\n', x.Blocking.Select(v => v.State + "; " + v.Status + "; " + v.Since)),
            HandlingCode = d.HandlingCode,
            HandlingConditions = d.HandlingConditions,
            EvaluationSource = d.Evaluation.Length == 2 ? d.Evaluation[..1] : "X",
            EvaluationInformation = d.Evaluation.Length == 2 ? d.Evaluation[1..] : "4",
            Source = d.Source,
            Distribution = d.Distribution,
            States = [.. d.DistributionStates],
            LegalBasis = d.LegalBasis,
            LegalReference = d.LegalReference,
            Purpose = d.Purpose,
            ReviewDate = d.ReviewDate,
        };
    }

    /// <summary>A new record's form: review in a year.</summary>
    public static RecordForm New(string kind, DateOnly today) => new()
    {
        Kind = kind,
        ReviewDate = today.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        RequestedAction = kind == "person" ? "locate" : null,
        MaterialKind = kind == "material" ? "website" : null,
    };

    /// <summary>Name kinds and document types as officers write them in Chinese and Russian (the codes work in every language).</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> LocalWords = new(StringComparer.Ordinal)
    {
        ["zh"] = new(StringComparer.Ordinal)
        {
            [RecordNameKinds.Alias] = "别名", [RecordNameKinds.WeakAlias] = "弱别名", [RecordNameKinds.Former] = "曾用名", [RecordNameKinds.OriginalScript] = "原文",
            ["passport"] = "护照", ["national-id"] = "身份证", ["residence-permit"] = "居留证", ["travel-document"] = "旅行证件", ["other"] = "其他",
        },
        ["ru"] = new(StringComparer.Ordinal)
        {
            [RecordNameKinds.Alias] = "псевдоним", [RecordNameKinds.WeakAlias] = "слабый псевдоним", [RecordNameKinds.Former] = "прежнее имя", [RecordNameKinds.OriginalScript] = "в оригинале",
            ["passport"] = "паспорт", ["national-id"] = "удостоверение личности", ["residence-permit"] = "вид на жительство", ["travel-document"] = "проездной документ", ["other"] = "другой",
        },
    };

    private static readonly Dictionary<string, string> CodeOfLocalWord = LocalWords.Values
        .SelectMany(words => words).ToDictionary(w => w.Value, w => w.Key, StringComparer.OrdinalIgnoreCase);

    private static string? NameKindOf(string word) =>
        RecordNameKinds.All.Contains(word) ? word
        : CodeOfLocalWord.TryGetValue(word, out var code) && RecordNameKinds.All.Contains(code) ? code : null;

    private static string DocumentTypeOf(string word) => CodeOfLocalWord.GetValueOrDefault(word, word);

    /// <summary>A code as an officer reads it in the UI language.</summary>
    private static string Word(string code, string language) =>
        LocalWords.TryGetValue(language, out var words) ? words.GetValueOrDefault(code, code) : code;

    private static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static List<string> Items(string? text) =>
        [.. (text ?? "").Split([',', '\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static string[] Parts(string line, int count)
    {
        var parts = line.Split([';', '；'], count, StringSplitOptions.TrimEntries);
        return [.. parts, .. Enumerable.Repeat("", count - parts.Length)];
    }
}
