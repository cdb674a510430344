namespace Concord.Core.Records;

/// <summary>
/// What a record says, by kind. Stored as JSON with the record and in every version. Fields that do not belong to
/// the record's kind stay empty (the rules reject them). There are no fields for religion or ethnicity, by design.
/// </summary>
public sealed record RecordDetails
{
    /// <summary>Names in any script: the primary name first, then aliases, former names and names in the original script.</summary>
    public IReadOnlyList<RecordName> Names { get; init; } = [];

    /// <summary>A summary in words (circumstances, remarks).</summary>
    public string Summary { get; init; } = "";

    // Person
    /// <summary>Dates of birth, each "YYYY", "YYYY-MM" or "YYYY-MM-DD" (lists often give several).</summary>
    public IReadOnlyList<string> BirthDates { get; init; } = [];
    public string BirthPlace { get; init; } = "";
    /// <summary>ISO 3166-1 alpha-2 codes.</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];
    public IReadOnlyList<IdentityDocument> Documents { get; init; } = [];
    /// <summary>arrest, locate, discreet-check or inform.</summary>
    public string RequestedAction { get; init; } = "";

    // Organisation
    /// <summary>Which states (or the UN) designated the organisation, when, and by which legal act.</summary>
    public IReadOnlyList<Designation> Designations { get; init; } = [];

    // Incident
    /// <summary>"YYYY-MM-DD".</summary>
    public string IncidentDate { get; init; } = "";
    public string Place { get; init; } = "";
    /// <summary>What happened: bombing, armed attack, border crossing, hostage taking...</summary>
    public string IncidentKind { get; init; } = "";
    public int? Killed { get; init; }
    public int? Injured { get; init; }
    /// <summary>Ids of person and organisation records linked to the incident.</summary>
    public IReadOnlyList<string> LinkedRecords { get; init; } = [];

    // Material
    public string Url { get; init; } = "";
    /// <summary>SHA-256 of the content, 64 hexadecimal digits.</summary>
    public string ContentHash { get; init; } = "";
    /// <summary>website, video, audio, publication, image, other.</summary>
    public string MaterialKind { get; init; } = "";
    /// <summary>The decision that found the material extremist (court, prosecutor), by reference.</summary>
    public string DecisionReference { get; init; } = "";
    public IReadOnlyList<BlockingStatus> Blocking { get; init; } = [];

    /// <summary>The primary name (or the URL or hash of a material without a name).</summary>
    public string DisplayName =>
        Names.Count > 0 ? Names[0].Text : Url.Length > 0 ? Url : ContentHash.Length > 0 ? "sha256:" + ContentHash : "";
}

/// <summary>A name of a record: primary, alias, weak-alias, former, original-script.</summary>
public sealed record RecordName(string Text, string Kind = RecordNameKinds.Primary);

public static class RecordNameKinds
{
    public const string Primary = "primary";
    public const string Alias = "alias";
    public const string WeakAlias = "weak-alias";
    public const string Former = "former";
    public const string OriginalScript = "original-script";

    public static readonly IReadOnlyList<string> All = [Primary, Alias, WeakAlias, Former, OriginalScript];
}

/// <summary>An identity document: passport, national-id, residence-permit, other.</summary>
public sealed record IdentityDocument(string Type, string Number, string IssuingState = "");

/// <summary>A designation of an organisation: by a state code or "UN", on a date, by a legal act.</summary>
public sealed record Designation(string By, string Date, string LegalAct);

/// <summary>Whether a state blocks a material: blocked, pending, not-blocked.</summary>
public sealed record BlockingStatus(string State, string Status, string Since = "");

/// <summary>
/// Everything the owner states when creating or changing a record: the content, the handling code, the evaluation,
/// the distribution, the legal basis and purpose, and the review date.
/// </summary>
public sealed record RecordDraft
{
    public string Kind { get; init; } = "";
    public RecordDetails Details { get; init; } = new();
    public string HandlingCode { get; init; } = "H0";
    public string HandlingConditions { get; init; } = "";
    /// <summary>Source reliability and information accuracy, e.g. "B2".</summary>
    public string Evaluation { get; init; } = "";
    /// <summary>The source in words (as far as the owner discloses it).</summary>
    public string Source { get; init; } = "";
    public string Distribution { get; init; } = "all-members";
    /// <summary>For listed-states: ISO codes of the member states that may see the record.</summary>
    public IReadOnlyList<string> DistributionStates { get; init; } = [];
    /// <summary>The legal basis: arrest warrant, court decision, designation, ...; in words.</summary>
    public string LegalBasis { get; init; } = "";
    /// <summary>Its reference (warrant number, case number, resolution).</summary>
    public string LegalReference { get; init; } = "";
    /// <summary>Why the record is kept (the purpose it may be used for).</summary>
    public string Purpose { get; init; } = "";
    /// <summary>"YYYY-MM-DD": when the owner must review whether the record is still needed.</summary>
    public string ReviewDate { get; init; } = "";
    /// <summary>The identifier in the source the record came from (UN reference number, STIX id, CSV id); empty for manual records.</summary>
    public string ExternalId { get; init; } = "";
}
