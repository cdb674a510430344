using Concord.Core.Access;
using Concord.Web.Hosting;

namespace Concord.Web.Accounts;

public static class AccountEndpoints
{
    public sealed record Me(string Id, string UserName, string Organisation, string? State, IReadOnlyList<string> Roles);

    public static RouteGroupBuilder MapAccountEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/me", async (HttpContext context, AccessGate gate, CancellationToken ct) =>
        {
            var caller = CallerAccessor.From(context);
            var decision = await gate.CheckAsync(caller, AccessAction.Read,
                new Resource.Account(caller.Subject.UserId, caller.Subject.OrganisationId, caller.Subject.StateCode), cancellationToken: ct);
            if (!decision.Allowed)
            {
                return ErrorHandling.Problem([AccessErrors.Denied(decision)]);
            }
            return TypedResults.Ok(new Me(caller.Subject.UserId, caller.Actor.Name, caller.Subject.OrganisationId, caller.Subject.StateCode,
                [.. Roles.Split(caller.Subject.Roles).Select(Roles.NameOf)]));
        }).WithName("GetMe").WithSummary("The account the API token belongs to: organisation, state and roles.").WithTags("Accounts")
          .Produces<Me>();
        return api;
    }
}
