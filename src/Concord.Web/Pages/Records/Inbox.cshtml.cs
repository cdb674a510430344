using Concord.Core;
using Concord.Core.Records;
using Concord.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concord.Web.Pages.Records;

/// <summary>
/// The owner organisation's inbox: hit notices about its records (who searched, when, why) to answer, and records
/// whose review date has passed; and the caller's own restricted hits with the owners' answers.
/// </summary>
public sealed class InboxModel(ListHitNotices notices, DecideHitNotice decide, ListOwnRecords own) : PageModel
{
    public HitNoticePage? Received { get; private set; }
    public HitNoticePage? Sent { get; private set; }
    public OwnRecordsPage? ReviewDue { get; private set; }
    public IReadOnlyList<Error> Errors { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostDecideAsync(Guid id, string? decision, string? text, CancellationToken cancellationToken)
    {
        var result = await decide.ExecuteAsync(CallerAccessor.From(HttpContext), id, new HitNoticeDecision(decision ?? "", text ?? ""), cancellationToken);
        if (!result.IsSuccess)
        {
            if (result.Errors[0].Code == "access-denied")
            {
                return Forbid();
            }
            Errors = result.Errors;
            return await LoadAsync(cancellationToken);
        }
        TempData["Notice"] = "Records_Done_Answered";
        return RedirectToPage();
    }

    private async Task<IActionResult> LoadAsync(CancellationToken cancellationToken)
    {
        var caller = CallerAccessor.From(HttpContext);
        var received = await notices.ExecuteAsync(caller, new HitNoticeQuery(false, Status is { Length: > 0 } ? Status : null), cancellationToken);
        if (!received.IsSuccess)
        {
            return received.Errors[0].Code == "access-denied" ? Forbid() : BadRequest();
        }
        Received = received.Value;
        var sent = await notices.ExecuteAsync(caller, new HitNoticeQuery(true, null, 20), cancellationToken);
        Sent = sent.IsSuccess ? sent.Value : null;
        var due = await own.ExecuteAsync(caller, new OwnRecordsQuery(null, ReviewDueOnly: true, 0, 50), cancellationToken);
        ReviewDue = due.IsSuccess ? due.Value : null;
        return Page();
    }
}
