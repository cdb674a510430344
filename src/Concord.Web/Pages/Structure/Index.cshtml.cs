using Concord.Core;
using Concord.Core.Directory;
using Concord.Web.Accounts;
using Concord.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concord.Web.Pages.Structure;

/// <summary>The structure of SCO security cooperation drawn as an organisation chart.</summary>
public sealed class IndexModel(GetStructure getStructure) : PageModel
{
    public StructureView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await getStructure.ExecuteAsync(CallerAccessor.From(HttpContext), cancellationToken);
        if (!result.IsSuccess)
        {
            return Forbid();
        }
        View = result.Value;
        return Page();
    }

    public static string T(LocalizedText? text) => text?.In(LocalizationSetup.CurrentLanguage) ?? "";

    public string AgencyName(string id) =>
        View.Agencies.FirstOrDefault(a => a.Id == id) is { } agency ? T(agency.Name) : id;

    public string StateName(string code) =>
        View.States.FirstOrDefault(s => s.Code == code) is { } state ? T(state.Name) : code;

    public string SourceTitle(string reference)
    {
        var id = reference.Split('#', 2)[0];
        return View.Sources.TryGetValue(id, out var source) ? source.Title + (reference.Contains('#', StringComparison.Ordinal) ? " " + reference[(id.Length + 1)..] : "") : reference;
    }
}
