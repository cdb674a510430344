using Concord.Web.Accounts;
using Concord.Web.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concord.Web.Pages.Records;

/// <summary>The progress of an import; the page reloads itself every second until the import is done.</summary>
public sealed class ImportStatusModel(ImportJobs jobs) : PageModel
{
    public ImportJob? Job { get; private set; }

    public IActionResult OnGet(Guid id)
    {
        Job = jobs.Find(id, CallerAccessor.From(HttpContext).Subject.UserId);
        if (Job is null)
        {
            return NotFound();
        }
        if (Job.Outcome is null)
        {
            Response.Headers["Refresh"] = "1";
        }
        return Page();
    }
}
