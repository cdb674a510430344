using Concord.Core.Audit;
using Concord.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concord.Web.Pages.Audit;

public sealed class VerifyModel(VerifyAuditLog verify) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ExpectedHead { get; set; }

    public AuditVerification? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await verify.ExecuteAsync(CallerAccessor.From(HttpContext), string.IsNullOrWhiteSpace(ExpectedHead) ? null : ExpectedHead.Trim(), cancellationToken);
        if (!result.IsSuccess)
        {
            return Forbid();
        }
        Result = result.Value;
        return Page();
    }
}
