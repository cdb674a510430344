using Concord.Core.Records;
using Concord.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concord.Web.Pages.Records;

/// <summary>The register of the caller's organisation: its records, by status, with those due for review.</summary>
public sealed class MineModel(ListOwnRecords list) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int Skip { get; set; }

    public OwnRecordsPage? Register { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await list.ExecuteAsync(CallerAccessor.From(HttpContext), new OwnRecordsQuery(Status is { Length: > 0 } ? Status : null, false, Skip, 50), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Errors[0].Code == "access-denied" ? Forbid() : BadRequest();
        }
        Register = result.Value;
        return Page();
    }
}
