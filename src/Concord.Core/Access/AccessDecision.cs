namespace Concord.Core.Access;

/// <summary>The answer of the access policy, with a reason code for the audit log and for the user.</summary>
public sealed record AccessDecision(bool Allowed, string Reason)
{
    public static AccessDecision Allow(string reason) => new(true, reason);
    public static AccessDecision Deny(string reason) => new(false, reason);
}
