using Concord.Core;
using Concord.Core.Records;
using Concord.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concord.Web.Pages.Records;

/// <summary>Hit/no-hit search with the purpose stated; results the caller may see come with their explanation.</summary>
public sealed class IndexModel(SearchRecords search) : PageModel
{
    public sealed class SearchForm
    {
        public string? Name { get; set; }
        public string? Organisation { get; set; }
        public string? BirthDate { get; set; }
        public string? DocumentNumber { get; set; }
        public string? Nationality { get; set; }
        public string? UrlOrHash { get; set; }
        public string? Kind { get; set; }
        public string? Purpose { get; set; }
    }

    [BindProperty]
    public SearchForm Form { get; set; } = new();

    public RecordSearchResult? Result { get; private set; }
    public IReadOnlyList<Error> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var f = Form;
        var result = await search.ExecuteAsync(CallerAccessor.From(HttpContext),
            new RecordSearchQuery(f.Purpose ?? "", f.Name, f.Organisation, f.BirthDate, f.DocumentNumber, f.Nationality, f.UrlOrHash, f.Kind), cancellationToken);
        if (!result.IsSuccess)
        {
            if (result.Errors[0].Code == "access-denied")
            {
                return Forbid();
            }
            Errors = result.Errors;
            return Page();
        }
        Result = result.Value;
        return Page();
    }
}
