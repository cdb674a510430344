namespace Concord.Core.Access;

/// <summary>The roles a user may hold. A user holds one or more; each is granted by an administrator.</summary>
[Flags]
public enum Role
{
    None = 0,
    Officer = 1,
    Analyst = 2,
    Supervisor = 4,
    NationalCoordinator = 8,
    Auditor = 16,
    Administrator = 32,
}

public static class Roles
{
    /// <summary>Stable role names as stored in the identity tables and shown in the UI resource keys.</summary>
    public static readonly IReadOnlyDictionary<Role, string> Names = new Dictionary<Role, string>
    {
        [Role.Officer] = "officer",
        [Role.Analyst] = "analyst",
        [Role.Supervisor] = "supervisor",
        [Role.NationalCoordinator] = "national-coordinator",
        [Role.Auditor] = "auditor",
        [Role.Administrator] = "administrator",
    };

    public static IEnumerable<Role> All => Names.Keys;

    /// <summary>Roles whose holders must sign in with a second factor.</summary>
    public const Role RequireTwoFactor = Role.Administrator | Role.Auditor;

    public static string NameOf(Role role) => Names[role];

    public static Role Parse(string name)
    {
        foreach (var (role, roleName) in Names)
        {
            if (string.Equals(roleName, name, StringComparison.OrdinalIgnoreCase))
            {
                return role;
            }
        }
        return Role.None;
    }

    public static Role Combine(IEnumerable<string> names) => names.Aggregate(Role.None, (acc, n) => acc | Parse(n));

    public static IEnumerable<Role> Split(Role roles) => All.Where(r => roles.HasFlag(r));
}
