using Concord.Core.Directory;

namespace Concord.Core.Federation;

/// <summary>
/// Which node serves an organisation, and what a message address means (docs/federation-protocol.md §5).
/// A national agency lives on its state's node, named by the state code in lower case ("kz"); the RATS Executive
/// Committee and the RATS Council on "rats"; the SCO Secretariat on "secretariat".
/// </summary>
public static class NodeAddressing
{
    public const string Rats = "rats";
    public const string Secretariat = "secretariat";

    /// <summary>The home node of an organisation given its id and (for national agencies) its state; null if it has none.</summary>
    public static string? HomeNode(string organisationId, string? stateCode)
    {
        if (!string.IsNullOrEmpty(stateCode))
        {
            return stateCode.ToLowerInvariant();
        }
        return organisationId switch
        {
            "rats-executive-committee" or "rats-council" => Rats,
            Secretariat => Secretariat,
            _ => null,
        };
    }

    /// <summary>The home node of an organisation from the reference data (permanent bodies have a seat state, not a home state).</summary>
    public static string? HomeNode(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return HomeNode(organisation.Id, organisation.Kind == OrganisationKinds.NationalAgency ? organisation.StateCode : null);
    }

    /// <summary>Addresses are compared in lower case without surrounding blanks.</summary>
    public static string Normalise(string address) => (address ?? "").Trim().ToLowerInvariant();
}
