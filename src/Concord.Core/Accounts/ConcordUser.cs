using Microsoft.AspNetCore.Identity;

namespace Concord.Core.Accounts;

/// <summary>An account on this node. Every user belongs to exactly one organisation.</summary>
public sealed class ConcordUser : IdentityUser
{
    public string OrganisationId { get; set; } = "";
    public string DisplayName { get; set; } = "";
    /// <summary>"en", "zh" or "ru"; the UI language after sign-in unless the user picks another.</summary>
    public string PreferredLanguage { get; set; } = "en";
    /// <summary>Set for accounts created with a generated one-time password; cleared when the user sets their own.</summary>
    public bool MustChangePassword { get; set; }
    /// <summary>Service accounts (node-to-node, scripts) sign in with API tokens only.</summary>
    public bool IsServiceAccount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
