using Concord.Core.Audit;
using Concord.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concord.Web.Pages.Audit;

/// <summary>The audit log for auditors: filter, page back in time, and see the head to record it outside the node.</summary>
public sealed class IndexModel(QueryAuditLog query) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? Outcome { get; set; }
    [BindProperty(SupportsGet = true)] public string? Object { get; set; }
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    public AuditPage? Entries { get; private set; }
    public string? ErrorKey { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            ErrorKey = "Audit_Error_BadFilter";
            return Page();
        }
        var result = await query.ExecuteAsync(CallerAccessor.From(HttpContext),
            new AuditQuery(From, To, Blank(Actor), Blank(Action), Blank(Outcome), Blank(Object), Before), cancellationToken);
        if (!result.IsSuccess)
        {
            if (result.Errors[0].Code == "access-denied")
            {
                return Forbid();
            }
            ErrorKey = "Audit_Error_" + result.Errors[0].Code;
            return Page();
        }
        Entries = result.Value;
        return Page();
    }

    public string OlderUrl(long before)
    {
        var query = Request.Query.Where(q => !string.Equals(q.Key, "before", StringComparison.OrdinalIgnoreCase))
            .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()))
            .Append(new("before", before.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return "/Audit" + QueryString.Create(query);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
