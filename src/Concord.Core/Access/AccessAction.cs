namespace Concord.Core.Access;

/// <summary>What the subject wants to do with a resource.</summary>
public enum AccessAction
{
    Read,
    Query,
    Create,
    Update,
    Delete,
    Export,
    Import,
    Verify,
    Administer,
}
