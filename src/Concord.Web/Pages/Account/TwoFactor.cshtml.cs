using System.ComponentModel.DataAnnotations;
using Concord.Core.Accounts;
using Concord.Core.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Concord.Web.Pages.Account;

/// <summary>The second step of sign-in: a code from the authenticator app, or a recovery code.</summary>
public sealed class TwoFactorModel(SignInManager<ConcordUser> signIn, AuditTrail audit, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Validation_Required")]
    [Display(Name = "TwoFactor_Code")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("SignIn");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var code = new string(Code.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        var actor = new Actor(user.Id, user.UserName ?? "", user.OrganisationId);
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";
        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditEvent(actor, "auth.sign-in", "account:" + user.Id, AuditEvent.Success + ":two-factor", Client: client));
            return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl));
        }
        await audit.RecordAsync(new AuditEvent(actor, "auth.sign-in", "account:" + user.Id,
            AuditEvent.Failure + (result.IsLockedOut ? ":locked-out" : ":bad-second-factor"), Client: client));
        ModelState.AddModelError(nameof(Code), result.IsLockedOut ? l["SignIn_LockedOut"] : l["TwoFactor_Invalid"]);
        return Page();
    }
}
