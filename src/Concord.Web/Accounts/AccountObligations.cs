namespace Concord.Web.Accounts;

/// <summary>
/// Sends a signed-in user who still has a one-time password to the change-password page, and an administrator or
/// auditor without an authenticator to the enrolment page, before anything else. (Core also denies them every role.)
/// </summary>
public sealed class AccountObligations(RequestDelegate next)
{
    private static readonly string[] AlwaysAllowed = ["/Account", "/language", "/css", "/healthz", "/Error", "/api", "/openapi"];

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && HttpMethods.IsGet(context.Request.Method)
            && !AlwaysAllowed.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            var returnUrl = Uri.EscapeDataString(context.Request.Path + context.Request.QueryString);
            if (user.HasClaim(c => c.Type == ConcordClaims.MustChangePassword))
            {
                context.Response.Redirect("/Account/ChangePassword?returnUrl=" + returnUrl);
                return Task.CompletedTask;
            }
            if (user.HasClaim(c => c.Type == ConcordClaims.MustEnrolTwoFactor))
            {
                context.Response.Redirect("/Account/EnrolTwoFactor?returnUrl=" + returnUrl);
                return Task.CompletedTask;
            }
        }
        return next(context);
    }
}
