using Concord.Core.Accounts;
using Concord.Core.Audit;
using Concord.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concord.Web.Pages.Account;

public sealed class SignOutModel(SignInManager<ConcordUser> signIn, AuditTrail audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("SignIn");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            var caller = CallerAccessor.From(HttpContext);
            await audit.RecordAsync(new AuditEvent(caller.Actor, "auth.sign-out", "account:" + caller.Actor.Id, AuditEvent.Success, Client: caller.Client));
        }
        await signIn.SignOutAsync();
        return RedirectToPage("SignIn");
    }
}
