using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Concord.Core.Accounts;
using Concord.Core.Audit;
using Concord.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace Concord.Web.Pages.Account;

/// <summary>Enrols an authenticator app (TOTP, RFC 6238): required for administrators and auditors, open to everyone.</summary>
public sealed class EnrolTwoFactorModel(UserManager<ConcordUser> users, SignInManager<ConcordUser> signIn, ConcordDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Validation_Required")]
    [Display(Name = "TwoFactor_Code")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public string QrSvg { get; private set; } = "";
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("SignIn");
        }
        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("SignIn");
        }
        if (!ModelState.IsValid)
        {
            await LoadKeyAsync(user);
            return Page();
        }
        var code = new string(Code.Where(char.IsAsciiDigit).ToArray());
        var actor = new Actor(user.Id, user.UserName ?? "", user.OrganisationId);
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            db.Audit(new AuditEvent(actor, "account.enrol-two-factor", "account:" + user.Id, AuditEvent.Failure + ":bad-code", Client: client));
            await db.SaveChangesAsync();
            ModelState.AddModelError(nameof(Code), l["TwoFactor_Invalid"]);
            await LoadKeyAsync(user);
            return Page();
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        db.Audit(new AuditEvent(actor, "account.enrol-two-factor", "account:" + user.Id, AuditEvent.Success, Client: client));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await signIn.RefreshSignInAsync(user);
        RecoveryCodes = codes?.ToList() ?? [];
        return Page();
    }

    private async Task LoadKeyAsync(ConcordUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        SharedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        AuthenticatorUri = string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            Uri.EscapeDataString("Concord"), Uri.EscapeDataString(user.UserName ?? ""), key);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.M);
        QrSvg = new SvgQRCode(data).GetGraphic(4);
    }
}
