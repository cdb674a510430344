using Concord.Core;
using Concord.Core.Directory;
using Concord.Web.Accounts;
using Concord.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concord.Web.Pages.Directory;

/// <summary>The competent-authority directory: pick a state and/or a matter; blind spots are shown as such.</summary>
public sealed class IndexModel(FindCompetentAuthorities find) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Matter { get; set; }

    public CompetenceResult? Result { get; private set; }
    public string? ErrorKey { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var state = string.IsNullOrWhiteSpace(State) ? null : State.Trim().ToUpperInvariant();
        var matter = string.IsNullOrWhiteSpace(Matter) ? null : Matter.Trim();
        var caller = CallerAccessor.From(HttpContext);
        var result = await find.ExecuteAsync(caller, new CompetenceQuery(state, matter), cancellationToken);
        if (!result.IsSuccess)
        {
            if (result.Errors[0].Code == "access-denied")
            {
                return Forbid();
            }
            ErrorKey = "Directory_Error_" + result.Errors[0].Code;
            // Show the form again with its choices, without answers.
            result = await find.ExecuteAsync(caller, new CompetenceQuery(null, null), cancellationToken);
        }
        Result = result.IsSuccess ? result.Value : null;
        return Page();
    }

    public bool HasQuery => ErrorKey is null && (!string.IsNullOrWhiteSpace(State) || !string.IsNullOrWhiteSpace(Matter));

    public static string T(LocalizedText? text) => text?.In(LocalizationSetup.CurrentLanguage) ?? "";

    public string SourceTitle(string reference)
    {
        var id = reference.Split('#', 2)[0];
        return Result is not null && Result.Sources.TryGetValue(id, out var source)
            ? source.Title + (reference.Contains('#', StringComparison.Ordinal) ? " " + reference[(id.Length + 1)..] : "")
            : reference;
    }
}
