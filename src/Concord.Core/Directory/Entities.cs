namespace Concord.Core.Directory;

// The reference entities of the SCO's security-cooperation structure, loaded from data/reference/.
// Each holds the ids of its sources (see Source) so that every fact shown can be traced.

/// <summary>A cited source: the seed article, a treaty, an official web page.</summary>
public sealed class Source
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string Author { get; set; } = "";
    public string Publisher { get; set; } = "";
    public string Date { get; set; } = "";
    public string Url { get; set; } = "";
    public string Language { get; set; } = "";
}

/// <summary>A state with a relationship to the SCO (member, observer, dialogue partner).</summary>
public sealed class State
{
    public string Code { get; set; } = "";
    public LocalizedText Name { get; set; } = null!;
    public LocalizedText? OfficialName { get; set; }
    public LocalizedText Capital { get; set; } = null!;
    public bool Founding { get; set; }
    public List<string> Sources { get; set; } = [];
    /// <summary>The current status: the membership period that has not ended.</summary>
    public string Status { get; set; } = "";
    public string StatusSince { get; set; } = "";
    public List<StateMembership> Memberships { get; set; } = [];
}

/// <summary>One period of a state's status.</summary>
public sealed class StateMembership
{
    public int Id { get; set; }
    public string StateCode { get; set; } = "";
    public string Status { get; set; } = "";
    public string From { get; set; } = "";
    public string? To { get; set; }
    public List<string> Sources { get; set; } = [];
    public LocalizedText? Notes { get; set; }
}

public static class OrganisationKinds
{
    public const string NationalAgency = "national-agency";
    public const string PermanentBody = "permanent-body";
    public const string Council = "council";
}

/// <summary>
/// An organisation: a national agency of a member state, a permanent body of the SCO (Secretariat,
/// RATS Executive Committee), or a council (RATS Council). Users belong to agencies and permanent bodies.
/// </summary>
public sealed class Organisation
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    /// <summary>For agencies: interior-ministry, security-service, prosecutor-general, ...</summary>
    public string AgencyKind { get; set; } = "";
    public string? StateCode { get; set; }
    /// <summary>The security domain of an agency: defence, law-enforcement, judicial, security-strategy.</summary>
    public string? DomainId { get; set; }
    public string? ParentId { get; set; }
    public LocalizedText Name { get; set; } = null!;
    public LocalizedText? Abbreviation { get; set; }
    public LocalizedText? Seat { get; set; }
    public LocalizedText? Role { get; set; }
    public string WorkingSince { get; set; } = "";
    public string Established { get; set; } = "";
    public List<string> Sources { get; set; } = [];
    public LocalizedText? Notes { get; set; }

    public bool CanHaveUsers => Kind is OrganisationKinds.NationalAgency or OrganisationKinds.PermanentBody;
}

/// <summary>A level of the five-level meeting mechanism.</summary>
public sealed class MeetingLevel
{
    public string Id { get; set; } = "";
    public int Level { get; set; }
    public LocalizedText Name { get; set; } = null!;
    public LocalizedText Role { get; set; } = null!;
    public List<string> Sources { get; set; } = [];
}

/// <summary>One of the four security domains: defence, law enforcement, judicial, security strategy.</summary>
public sealed class SecurityDomain
{
    public string Id { get; set; } = "";
    public int Order { get; set; }
    public LocalizedText Name { get; set; } = null!;
    public LocalizedText Description { get; set; } = null!;
    public List<string> Sources { get; set; } = [];
    public List<MeetingFormat> Formats { get; set; } = [];
}

/// <summary>A meeting format of a domain (e.g. meetings of prosecutors general), with its tiers, expert groups and participants.</summary>
public sealed class MeetingFormat
{
    public string Id { get; set; } = "";
    public string DomainId { get; set; } = "";
    public int Order { get; set; }
    public LocalizedText Name { get; set; } = null!;
    public string Level { get; set; } = "";
    public string Since { get; set; } = "";
    public List<string> Sources { get; set; } = [];
    public LocalizedText? Notes { get; set; }
    public List<FormatPart> Parts { get; set; } = [];
    public List<FormatParticipation> Participation { get; set; } = [];
}

/// <summary>A tier or expert group within a meeting format.</summary>
public sealed class FormatPart
{
    public int Id { get; set; }
    public string FormatId { get; set; } = "";
    /// <summary>"tier" or "expert-group".</summary>
    public string Kind { get; set; } = "";
    public string Code { get; set; } = "";
    public int Order { get; set; }
    public LocalizedText Name { get; set; } = null!;
}

/// <summary>Who represents a state in a meeting format, or the blind spot where no counterpart exists.</summary>
public sealed class FormatParticipation
{
    public int Id { get; set; }
    public string FormatId { get; set; } = "";
    public string StateCode { get; set; } = "";
    public List<string> AgencyIds { get; set; } = [];
    public LocalizedText? BlindSpot { get; set; }
    public LocalizedText? Notes { get; set; }
    public List<string> Sources { get; set; } = [];
}

/// <summary>A matter for which competent authorities are listed (terrorism, extradition, ...).</summary>
public sealed class Matter
{
    public string Id { get; set; } = "";
    public int Order { get; set; }
    public LocalizedText Name { get; set; } = null!;
    public LocalizedText Description { get; set; } = null!;
    public List<string> Sources { get; set; } = [];
}

/// <summary>The competent authorities of one state for one matter, or the blind spot where there is none.</summary>
public sealed class Competence
{
    public int Id { get; set; }
    public string StateCode { get; set; } = "";
    public string MatterId { get; set; } = "";
    public LocalizedText? BlindSpot { get; set; }
    public LocalizedText? Notes { get; set; }
    public List<string> Sources { get; set; } = [];
    public List<CompetentAgency> Agencies { get; set; } = [];

    public bool IsBlindSpot => Agencies.Count == 0;
}

/// <summary>An agency competent for a matter in its state, and what it does for it.</summary>
public sealed class CompetentAgency
{
    public int Id { get; set; }
    public int CompetenceId { get; set; }
    public string AgencyId { get; set; } = "";
    public int Order { get; set; }
    public LocalizedText Role { get; set; } = null!;
}

/// <summary>The fingerprint of the reference data set last loaded, so that start-up loads only when it changed.</summary>
public sealed class ReferenceDataVersion
{
    public int Id { get; set; }
    public string Version { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public DateTimeOffset LoadedAt { get; set; }
}
