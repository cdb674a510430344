using Concord.Core.Access;
using Concord.Web.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concord.Web.Pages;

public sealed class IndexModel : PageModel
{
    public Caller Caller { get; private set; } = Caller.Anonymous;

    public void OnGet() => Caller = CallerAccessor.From(HttpContext);
}
