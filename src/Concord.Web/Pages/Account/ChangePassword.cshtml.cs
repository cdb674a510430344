using System.ComponentModel.DataAnnotations;
using Concord.Core.Accounts;
using Concord.Core.Audit;
using Concord.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Concord.Web.Pages.Account;

/// <summary>Replaces the one-time password (or the current one) with the user's own.</summary>
public sealed class ChangePasswordModel(UserManager<ConcordUser> users, SignInManager<ConcordUser> signIn, ConcordDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool IsFirstSignIn { get; private set; }

    public sealed class ChangePasswordInput
    {
        [Required(ErrorMessage = "Validation_Required")]
        [DataType(DataType.Password)]
        [Display(Name = "ChangePassword_Current")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Validation_Required")]
        [DataType(DataType.Password)]
        [Display(Name = "ChangePassword_New")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Validation_Required")]
        [DataType(DataType.Password)]
        [Display(Name = "ChangePassword_Confirm")]
        [Compare(nameof(NewPassword), ErrorMessage = "ChangePassword_Mismatch")]
        public string ConfirmPassword { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("SignIn");
        }
        IsFirstSignIn = user.MustChangePassword;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("SignIn");
        }
        IsFirstSignIn = user.MustChangePassword;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (Input.NewPassword == Input.CurrentPassword)
        {
            ModelState.AddModelError("Input.NewPassword", l["ChangePassword_SameAsOld"]);
            return Page();
        }
        var actor = new Actor(user.Id, user.UserName ?? "", user.OrganisationId);
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword";
                ModelState.AddModelError(field, error.Description);
            }
            db.Audit(new AuditEvent(actor, "account.change-password", "account:" + user.Id, AuditEvent.Failure + ":" + result.Errors.First().Code, Client: client));
            await db.SaveChangesAsync();
            return Page();
        }
        user.MustChangePassword = false;
        db.Audit(new AuditEvent(actor, "account.change-password", "account:" + user.Id, AuditEvent.Success, Client: client));
        await users.UpdateAsync(user);
        await transaction.CommitAsync();
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = l["ChangePassword_Done"].Value;
        return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl));
    }
}
