using Concord.Core.Access;
using Concord.Core.Records;
using Concord.Core.Records.Imports;
using Concord.Web.Accounts;
using Concord.Web.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concord.Web.Pages.Records;

/// <summary>Uploads a UN list, CSV or STIX file; the import runs in the background and the status page shows its progress.</summary>
public sealed class ImportModel(ImportJobs jobs, TimeProvider time) : PageModel
{
    [BindProperty] public string Format { get; set; } = "un-list";
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public string HandlingCode { get; set; } = "H0";
    [BindProperty] public string? HandlingConditions { get; set; }
    [BindProperty] public string? Evaluation { get; set; }
    [BindProperty] public string Distribution { get; set; } = "all-members";
    [BindProperty] public string? LegalBasis { get; set; }
    [BindProperty] public string? Purpose { get; set; }
    [BindProperty] public string? ReviewDate { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    public string? ErrorKey { get; private set; }
    public bool IsAdministrator { get; private set; }

    public void OnGet()
    {
        IsAdministrator = CallerAccessor.From(HttpContext).Subject.Has(Role.Administrator);
        ReviewDate = RecordStore.Today(time).AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var caller = CallerAccessor.From(HttpContext);
        IsAdministrator = caller.Subject.Has(Role.Administrator);
        if (Upload is null || Upload.Length == 0)
        {
            ErrorKey = "Records_Error_import-empty";
            return Page();
        }
        if (!ImportFormats.TryParse(Format, out var format))
        {
            ErrorKey = "Records_Error_import-format-unknown";
            return Page();
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, cancellationToken);
        var defaults = new ImportDefaults
        {
            HandlingCode = HandlingCode,
            HandlingConditions = HandlingConditions ?? "",
            Evaluation = Evaluation ?? "",
            Distribution = Distribution,
            LegalBasis = LegalBasis ?? "",
            Purpose = Purpose ?? "",
            ReviewDate = ReviewDate ?? "",
        };
        var owner = IsAdministrator && Owner is { Length: > 0 } o ? o.Trim() : caller.Subject.OrganisationId;
        var job = jobs.Start(caller, new ImportRequest(format, owner, defaults, Kind), buffer.ToArray(), Path.GetFileName(Upload.FileName));
        return RedirectToPage("/Records/ImportStatus", new { id = job.Id });
    }
}
