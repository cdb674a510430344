namespace Concord.Core;

/// <summary>Settings section "Concord".</summary>
public sealed class NodeOptions
{
    public const string Section = "Concord";

    /// <summary>Create demo accounts on a new database (default: true in Development, false otherwise).</summary>
    public bool Demo { get; set; }

    /// <summary>Load reference data from this directory instead of the copy built into the release.</summary>
    public string? ReferenceDataDirectory { get; set; }
}
