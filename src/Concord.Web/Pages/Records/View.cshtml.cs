using Concord.Core;
using Concord.Core.Records;
using Concord.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concord.Web.Pages.Records;

/// <summary>A record with its history; the owner organisation withdraws, renews or deletes it here.</summary>
public sealed class ViewModel(GetRecord get, WithdrawRecord withdraw, RenewRecord renew, DeleteRecord delete, TimeProvider time) : PageModel
{
    public DateOnly Today => RecordStore.Today(time);

    public RecordView? View { get; private set; }
    public IReadOnlyList<Error> Errors { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Purpose { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(string id, string? reason, CancellationToken cancellationToken) =>
        ActAsync(id, () => withdraw.ExecuteAsync(CallerAccessor.From(HttpContext), id, reason ?? "", cancellationToken), "Records_Done_Withdrawn", cancellationToken);

    public Task<IActionResult> OnPostRenewAsync(string id, string? reviewDate, string? reason, CancellationToken cancellationToken) =>
        ActAsync(id, () => renew.ExecuteAsync(CallerAccessor.From(HttpContext), id, reviewDate ?? "", reason ?? "", cancellationToken), "Records_Done_Renewed", cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(string id, string? reason, CancellationToken cancellationToken) =>
        ActAsync(id, () => delete.ExecuteAsync(CallerAccessor.From(HttpContext), id, reason ?? "", cancellationToken), "Records_Done_Deleted", cancellationToken);

    private async Task<IActionResult> ActAsync(string id, Func<Task<Result<Record>>> action, string done, CancellationToken cancellationToken)
    {
        var result = await action();
        if (!result.IsSuccess)
        {
            if (result.Errors[0].Code == "access-denied")
            {
                return Forbid();
            }
            Errors = result.Errors;
            return await LoadAsync(id, cancellationToken);
        }
        TempData["Notice"] = done;
        return result.Value.Status == "deleted" ? RedirectToPage("/Records/Mine") : RedirectToPage("/Records/View", new { id });
    }

    private async Task<IActionResult> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var result = await get.ExecuteAsync(CallerAccessor.From(HttpContext), id, Purpose ?? "", cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Errors[0].Code == "not-found" ? NotFound() : Forbid();
        }
        View = result.Value;
        return Page();
    }
}
