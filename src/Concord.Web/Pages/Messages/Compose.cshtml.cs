using System.ComponentModel.DataAnnotations;
using Concord.Core.Messages;
using Concord.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concord.Web.Pages.Messages;

/// <summary>Write a message (or a reply): recipients, type, priority, handling code, evaluation, text, attachments.</summary>
public sealed class ComposeModel(SendMessage send, GetMessage get) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? ReplyTo { get; set; }
    [BindProperty] public string To { get; set; } = "";
    [BindProperty] public string Type { get; set; } = "information-request";
    [BindProperty] public string Priority { get; set; } = "routine";
    [BindProperty] public string HandlingCode { get; set; } = "H0";
    [BindProperty] public string? HandlingConditions { get; set; }
    [BindProperty] public string? Evaluation { get; set; }
    [BindProperty] public string Subject { get; set; } = "";
    [BindProperty] public string Body { get; set; } = "";
    [BindProperty] public string? Language { get; set; }
    [BindProperty] public string? CaseReference { get; set; }
    [BindProperty] public DateTime? Deadline { get; set; }
    [BindProperty] public string? Route { get; set; }
    [BindProperty] public List<IFormFile> Attachments { get; set; } = [];
    /// <summary>Set once per form, so that submitting the same form twice sends one message.</summary>
    [BindProperty] public string IdempotencyKey { get; set; } = "";

    public IReadOnlyList<string> ErrorKeys { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        IdempotencyKey = Guid.NewGuid().ToString("N");
        Language = Localization.LocalizationSetup.CurrentLanguage;
        if (ReplyTo is { } id)
        {
            var original = await get.ExecuteAsync(CallerAccessor.From(HttpContext), id, cancellationToken);
            if (!original.IsSuccess)
            {
                return NotFound();
            }
            var m = original.Value.Message;
            To = m.IsOutgoing ? string.Join(", ", original.Value.Summary.To) : m.FromOrganisation;
            Type = "reply";
            Priority = MessageNames.Of(m.Priority);
            HandlingCode = Concord.Core.Handling.Handling.Format(m.HandlingCode);
            HandlingConditions = m.HandlingConditions;
            CaseReference = m.CaseReference;
            Subject = m.Subject.StartsWith("Re: ", StringComparison.Ordinal) ? m.Subject : "Re: " + m.Subject;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var attachments = new List<NewAttachment>();
        foreach (var file in Attachments.Where(f => f.Length > 0))
        {
            using var stream = new MemoryStream();
            await file.CopyToAsync(stream, cancellationToken);
            attachments.Add(new NewAttachment(Path.GetFileName(file.FileName), file.ContentType, stream.ToArray()));
        }
        var deadline = Deadline is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : (DateTimeOffset?)null;
        var result = await send.ExecuteAsync(CallerAccessor.From(HttpContext), new NewMessage(
            To.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Type, Priority, HandlingCode, Subject, Body, HandlingConditions, Evaluation, Language, CaseReference, ReplyTo, deadline, attachments,
            string.IsNullOrWhiteSpace(IdempotencyKey) ? null : IdempotencyKey, string.IsNullOrWhiteSpace(Route) ? null : Route), cancellationToken);
        if (!result.IsSuccess)
        {
            if (result.Errors[0].Code == "access-denied")
            {
                return Forbid();
            }
            ErrorKeys = [.. result.Errors.Select(e => "Messages_Error_" + e.Code).Distinct(StringComparer.Ordinal)];
            return Page();
        }
        return Redirect("/Messages?box=outbox&sent=" + result.Value.Id.ToString("D"));
    }
}
