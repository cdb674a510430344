namespace Concord.Core.Accounts;

public static class AccountErrors
{
    public static Error UnknownOrganisation(string id) =>
        new("unknown-organisation", $"There is no organisation '{id}' in the reference data.", "organisation");

    public static Error OrganisationCannotHaveUsers(string id) =>
        new("organisation-cannot-have-users", $"'{id}' is a council, not an organisation with staff; choose a national agency, the RATS Executive Committee or the Secretariat.", "organisation");

    public static Error UserNameTaken(string userName) =>
        new("user-name-taken", $"The sign-in name '{userName}' is already taken.", "userName");

    public static Error NoRole() => new("role-required", "An account needs at least one role.", "roles");

    public static Error Identity(string code, string description) => new("identity-" + code, description);
}
