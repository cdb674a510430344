using Concord.Core;
using Concord.Core.Records;
using Concord.Web.Accounts;
using Concord.Web.Localization;
using Concord.Web.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concord.Web.Pages.Records;

/// <summary>Creates a record, or changes one the caller's organisation owns; the rules of Core validate, errors name the field.</summary>
public sealed class EditModel(CreateRecord create, UpdateRecord update, GetRecord get, TimeProvider time) : PageModel
{
    [BindProperty]
    public RecordForm Form { get; set; } = new();

    public string? Id { get; private set; }
    public IReadOnlyList<Error> Errors { get; private set; } = [];

    public static readonly IReadOnlyList<string> Kinds = ["person", "organisation", "incident", "material"];

    public async Task<IActionResult> OnGetAsync(string? id, string? kind, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            Form = RecordForm.New(Kinds.Contains(kind) ? kind! : "person", RecordStore.Today(time));
            return Page();
        }
        var result = await get.ExecuteAsync(CallerAccessor.From(HttpContext), id, "edit", cancellationToken);
        if (!result.IsSuccess || !result.Value.IsOwner)
        {
            return result.IsSuccess || result.Errors[0].Code != "not-found" ? Forbid() : NotFound();
        }
        Id = id;
        Form = RecordForm.From(result.Value.Draft, result.Value.Record.Version, LocalizationSetup.CurrentLanguage);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id, CancellationToken cancellationToken)
    {
        var caller = CallerAccessor.From(HttpContext);
        var draft = Form.ToDraft();
        var result = id is null
            ? await create.ExecuteAsync(caller, draft, cancellationToken)
            : await update.ExecuteAsync(caller, id, Form.Version, draft, Form.Reason ?? "", cancellationToken);
        if (!result.IsSuccess)
        {
            if (result.Errors[0].Code == "access-denied")
            {
                return Forbid();
            }
            Id = id;
            Errors = result.Errors;
            return Page();
        }
        TempData["Notice"] = id is null ? "Records_Done_Created" : "Records_Done_Updated";
        return RedirectToPage("/Records/View", new { id = result.Value.Id });
    }

    /// <summary>The errors for one field (by the start of its JSON path).</summary>
    public IEnumerable<Error> For(string prefix) => Errors.Where(e => e.Field is not null && e.Field.StartsWith(prefix, StringComparison.Ordinal));

    public string Invalid(string prefix) => For(prefix).Any() ? "true" : "false";
}
