using Concord.Core.Messages;
using Concord.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concord.Web.Pages.Messages;

/// <summary>One message with its thread, attachments and signed receipts. Opening it as a recipient acknowledges it.</summary>
public sealed class ViewModel(GetMessage get, ListMessages list, GetAttachment attachment) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public MessageView? Message { get; private set; }
    public IReadOnlyList<MessageSummary> Thread { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = CallerAccessor.From(HttpContext);
        var result = await get.ExecuteAsync(caller, Id, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }
        Message = result.Value;
        var thread = await list.ExecuteAsync(caller, new MessageQuery(MessageBoxes.All, Thread: Message.Message.ThreadId, PageSize: 200), cancellationToken);
        Thread = thread.IsSuccess ? [.. thread.Value.Items.OrderBy(m => m.CreatedAt)] : [];
        return Page();
    }

    public async Task<IActionResult> OnGetAttachmentAsync(int index, CancellationToken cancellationToken)
    {
        var result = await attachment.ExecuteAsync(CallerAccessor.From(HttpContext), Id, index, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }
        Response.Headers["X-Content-SHA256"] = result.Value.Sha256;
        return File(result.Value.Content, "application/octet-stream", result.Value.Name);
    }
}
