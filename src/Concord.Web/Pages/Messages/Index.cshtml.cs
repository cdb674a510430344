using Concord.Core.Messages;
using Concord.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concord.Web.Pages.Messages;

/// <summary>Inbox, outbox and search (box=all with a text), newest first, paged backwards.</summary>
public sealed class IndexModel(ListMessages list) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Box { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Priority { get; set; }
    [BindProperty(SupportsGet = true)] public string? Case { get; set; }
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Sent { get; set; }

    public MessagePage? Results { get; private set; }
    public string? ErrorKey { get; private set; }
    public string CurrentBox => Box is MessageBoxes.Outbox or MessageBoxes.All ? Box : (Blank(Q) is null ? MessageBoxes.Inbox : MessageBoxes.All);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await list.ExecuteAsync(CallerAccessor.From(HttpContext),
            new MessageQuery(CurrentBox, Blank(Q), null, Blank(Type), Blank(Priority), Blank(Case), Before, 50), cancellationToken);
        if (!result.IsSuccess)
        {
            if (result.Errors[0].Code == "access-denied")
            {
                return Forbid();
            }
            ErrorKey = "Messages_Error_" + result.Errors[0].Code;
            return Page();
        }
        Results = result.Value;
        return Page();
    }

    public string OlderUrl(long before)
    {
        var query = Request.Query.Where(q => !string.Equals(q.Key, "before", StringComparison.OrdinalIgnoreCase) && !string.Equals(q.Key, "sent", StringComparison.OrdinalIgnoreCase))
            .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()))
            .Append(new("before", before.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return "/Messages" + QueryString.Create(query);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
