using System.ComponentModel.DataAnnotations;
using Concord.Core.Accounts;
using Concord.Core.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Concord.Web.Pages.Account;

public sealed class SignInModel(SignInManager<ConcordUser> signIn, UserManager<ConcordUser> users, AuditTrail audit, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Validation_Required")]
        [Display(Name = "SignIn_UserName")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Validation_Required")]
        [DataType(DataType.Password)]
        [Display(Name = "SignIn_Password")]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";
        var user = await users.FindByNameAsync(Input.UserName.Trim());
        // The typed name is recorded only when it names an account: a password typed into the name field must not reach the log.
        var actor = user is null ? Actor.Anonymous : new Actor(user.Id, user.UserName ?? "", user.OrganisationId);
        if (user is null || user.IsServiceAccount)
        {
            await audit.RecordAsync(new AuditEvent(actor, "auth.sign-in", "account:unknown", AuditEvent.Failure + ":unknown-account", Client: client));
            ModelState.AddModelError(string.Empty, l["SignIn_Failed"]);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditEvent(actor, "auth.sign-in", "account:" + user.Id, AuditEvent.Success, Client: client));
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            await audit.RecordAsync(new AuditEvent(actor, "auth.password", "account:" + user.Id, AuditEvent.Success + ":second-factor-required", Client: client));
            return RedirectToPage("TwoFactor", new { ReturnUrl = SafeReturnUrl(ReturnUrl) });
        }
        var reason = result.IsLockedOut ? "locked-out" : result.IsNotAllowed ? "not-allowed" : "bad-password";
        await audit.RecordAsync(new AuditEvent(actor, "auth.sign-in", "account:" + user.Id, AuditEvent.Failure + ":" + reason, Client: client));
        ModelState.AddModelError(string.Empty, result.IsLockedOut ? l["SignIn_LockedOut"] : l["SignIn_Failed"]);
        return Page();
    }

    internal static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
