namespace Concord.Core.Access;

public static class AccessErrors
{
    public static Error Denied(AccessDecision decision) =>
        new("access-denied", "You may not do this: " + (decision ?? throw new ArgumentNullException(nameof(decision))).Reason + ".");
}
