namespace Concord.Core.Records;

/// <summary>The four kinds of record in the RATS database.</summary>
public enum RecordKind
{
    Person,
    Organisation,
    Incident,
    Material,
}

/// <summary>Who may see a record in full besides its owner organisation.</summary>
public enum Distribution
{
    /// <summary>The competent agencies of every member state and the RATS Executive Committee.</summary>
    AllMembers,
    /// <summary>The competent agencies of the listed member states.</summary>
    ListedStates,
    /// <summary>The RATS Executive Committee only.</summary>
    RatsOnly,
    /// <summary>The owner organisation only; everybody else gets "hit — contact the owner".</summary>
    OwnerOnly,
}

/// <summary>The life of a record. Records are never removed silently: withdrawn and deleted records keep their row and audit trail.</summary>
public enum RecordStatus
{
    Active,
    /// <summary>Withdrawn by the owner (or delisted by the UN); kept with its history, out of search.</summary>
    Withdrawn,
    /// <summary>Deleted by the owner: the content is erased, the row and the audit trail stay.</summary>
    Deleted,
}

/// <summary>What the owner asks a state that finds the person to do.</summary>
public enum RequestedAction
{
    Arrest,
    Locate,
    DiscreetCheck,
    Inform,
}

/// <summary>How a record came into the database.</summary>
public static class RecordOrigins
{
    public const string Manual = "manual";
    public const string UnList = "un-list";
    public const string Csv = "csv";
    public const string Stix = "stix";
    public const string Demo = "demo";
}

/// <summary>The stable text forms of the enums, as stored, sent in the API and used in resource keys.</summary>
public static class RecordCodes
{
    public const string RatsOrganisationId = "rats-executive-committee";

    public static string Of(RecordKind kind) => kind switch
    {
        RecordKind.Person => "person",
        RecordKind.Organisation => "organisation",
        RecordKind.Incident => "incident",
        RecordKind.Material => "material",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Of(Distribution distribution) => distribution switch
    {
        Distribution.AllMembers => "all-members",
        Distribution.ListedStates => "listed-states",
        Distribution.RatsOnly => "rats-only",
        Distribution.OwnerOnly => "owner-only",
        _ => throw new ArgumentOutOfRangeException(nameof(distribution)),
    };

    public static string Of(RecordStatus status) => status switch
    {
        RecordStatus.Active => "active",
        RecordStatus.Withdrawn => "withdrawn",
        RecordStatus.Deleted => "deleted",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Of(RequestedAction action) => action switch
    {
        RequestedAction.Arrest => "arrest",
        RequestedAction.Locate => "locate",
        RequestedAction.DiscreetCheck => "discreet-check",
        RequestedAction.Inform => "inform",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    public static bool TryParseKind(string? text, out RecordKind kind) => TryParse(text, out kind, Of);

    public static bool TryParseDistribution(string? text, out Distribution distribution) => TryParse(text, out distribution, Of);

    public static bool TryParseStatus(string? text, out RecordStatus status) => TryParse(text, out status, Of);

    public static bool TryParseAction(string? text, out RequestedAction action) => TryParse(text, out action, Of);

    private static bool TryParse<T>(string? text, out T value, Func<T, string> format)
        where T : struct, Enum
    {
        var t = text?.Trim() ?? "";
        // "organization" (American spelling, STIX, the CLI's --kind) is accepted for "organisation".
        if (string.Equals(t, "organization", StringComparison.OrdinalIgnoreCase))
        {
            t = "organisation";
        }
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(format(candidate), t, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
