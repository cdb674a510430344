using Concord.Core.Directory;

namespace Concord.Core.Reference;

/// <summary>The validated content of data/reference/, ready to load into a node's database.</summary>
public sealed class ReferenceDataSet
{
    public required string Version { get; init; }
    /// <summary>SHA-256 over the files, in name order; start-up reloads only when it changes.</summary>
    public required string Sha256 { get; init; }
    public required IReadOnlyList<Source> Sources { get; init; }
    public required IReadOnlyList<State> States { get; init; }
    public required IReadOnlyList<Organisation> Organisations { get; init; }
    public required IReadOnlyList<MeetingLevel> Levels { get; init; }
    public required IReadOnlyList<SecurityDomain> Domains { get; init; }
    public required IReadOnlyList<Matter> Matters { get; init; }
    public required IReadOnlyList<Competence> Competences { get; init; }

    public IEnumerable<State> MemberStates => States.Where(s => s.Status == MembershipStatus.Member);
}

public static class MembershipStatus
{
    public const string Member = "member";
    public const string Observer = "observer";
    public const string DialoguePartner = "dialogue-partner";
    public static readonly IReadOnlyList<string> All = [Member, Observer, DialoguePartner];
}

public static class DomainIds
{
    public const string Defence = "defence";
    public const string LawEnforcement = "law-enforcement";
    public const string Judicial = "judicial";
    public const string SecurityStrategy = "security-strategy";
    public static readonly IReadOnlyList<string> All = [Defence, LawEnforcement, Judicial, SecurityStrategy];
}
