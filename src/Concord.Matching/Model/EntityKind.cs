namespace Concord.Matching.Model;

/// <summary>Whether a watch-list entry or a query names a person or an organisation.</summary>
public enum EntityKind
{
    Unknown = 0,
    Person,
    Organization,
}
