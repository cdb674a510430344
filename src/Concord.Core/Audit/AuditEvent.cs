namespace Concord.Core.Audit;

/// <summary>What a use case reports to the audit log; the log adds time, sequence and hashes.</summary>
public sealed record AuditEvent(
    Actor Actor,
    string Action,
    string Object,
    string Outcome,
    string Purpose = "",
    string Client = "")
{
    public const string Success = "success";
    public const string Denied = "denied";
    public const string Failure = "failure";
}

/// <summary>The one who acted, as recorded in the audit log.</summary>
public sealed record Actor(string Id, string Name, string OrganisationId)
{
    public static readonly Actor System = new("system", "system", "");
    public static readonly Actor Anonymous = new("anonymous", "anonymous", "");
}
