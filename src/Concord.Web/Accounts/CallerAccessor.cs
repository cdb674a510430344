using System.Security.Claims;
using Concord.Core.Access;
using Concord.Core.Audit;

namespace Concord.Web.Accounts;

/// <summary>Turns the signed-in principal of the current request into the <see cref="Caller"/> that Core's use cases take.</summary>
public sealed class CallerAccessor(IHttpContextAccessor accessor)
{
    public Caller Current => From(accessor.HttpContext ?? throw new InvalidOperationException("No HTTP request in progress."));

    public static Caller From(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "";
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return Caller.Anonymous with { Client = client };
        }
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var name = user.Identity.Name ?? "";
        var organisation = user.FindFirstValue(ConcordClaims.Organisation) ?? "";
        var state = user.FindFirstValue(ConcordClaims.State);
        var roles = Roles.Combine(user.FindAll(ClaimTypes.Role).Select(c => c.Value));
        // Until the account has met its obligations (own password, second factor), it may act in no role.
        if (user.HasClaim(c => c.Type is ConcordClaims.MustChangePassword or ConcordClaims.MustEnrolTwoFactor))
        {
            roles = Role.None;
        }
        return new Caller(new Subject(id, organisation, state, roles), new Actor(id, name, organisation), client);
    }
}
