using Concord.Core.Access;

namespace Concord.Web.Accounts;

public static class AccountEndpoints
{
    public sealed record Me(string Id, string UserName, string Organisation, string? State, IReadOnlyList<string> Roles);

    public static RouteGroupBuilder MapAccountEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/me", (HttpContext context) =>
        {
            var caller = CallerAccessor.From(context);
            return TypedResults.Ok(new Me(caller.Subject.UserId, caller.Actor.Name, caller.Subject.OrganisationId, caller.Subject.StateCode,
                [.. Roles.Split(caller.Subject.Roles).Select(Roles.NameOf)]));
        }).WithName("GetMe").WithSummary("The account the API token belongs to: organisation, state and roles.").WithTags("Accounts");
        return api;
    }
}
