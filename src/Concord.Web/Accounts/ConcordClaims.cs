namespace Concord.Web.Accounts;

/// <summary>The claims a Concord principal carries besides name and roles.</summary>
public static class ConcordClaims
{
    public const string Organisation = "concord:org";
    public const string State = "concord:state";
    public const string DisplayName = "concord:display-name";
    /// <summary>Present while the account still has its one-time password.</summary>
    public const string MustChangePassword = "concord:must-change-password";
    /// <summary>Present while an administrator or auditor has not enrolled an authenticator.</summary>
    public const string MustEnrolTwoFactor = "concord:must-enrol-2fa";
}
