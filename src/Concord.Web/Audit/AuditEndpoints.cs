using Concord.Core.Audit;
using Concord.Web.Accounts;
using Concord.Web.Hosting;

namespace Concord.Web.Audit;

/// <summary>The audit log for auditors: list and filter, and verify the hash chain.</summary>
public static class AuditEndpoints
{
    public sealed record AuditEntryDto(long Sequence, DateTimeOffset Time, string ActorId, string ActorName, string Organisation, string Action, string Object, string Purpose, string Outcome, string Client, string PreviousHash, string Hash);
    public sealed record AuditPageDto(IReadOnlyList<AuditEntryDto> Items, string? Next, long HeadSequence, string HeadHash);
    public sealed record VerificationDto(bool Intact, long EntriesChecked, long LastSequence, string HeadHash, string? Problem, long? ProblemSequence, string? Message);

    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit");
        group.MapGet("", async (DateOnly? from, DateOnly? to, string? actor, string? action, string? outcome, string? @object, long? before, int? pageSize,
            QueryAuditLog handler, HttpContext http, CancellationToken ct) =>
        {
            var query = new AuditQuery(from, to, actor, action, outcome, @object, before, pageSize ?? 50);
            var result = await handler.ExecuteAsync(CallerAccessor.From(http), query, ct);
            if (!result.IsSuccess)
            {
                return ErrorHandling.Problem(result.Errors);
            }
            var page = result.Value;
            var next = page.NextBefore is { } n
                ? http.Request.Path + QueryString.Create(http.Request.Query.Where(q => q.Key != "before").Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()))
                    .Append(new("before", n.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToString()
                : null;
            return Results.Ok(new AuditPageDto([.. page.Entries.Select(ToDto)], next, page.HeadSequence, page.HeadHash));
        }).WithName("QueryAuditLog").WithSummary("Audit entries, newest first, filtered by date, actor, action, outcome and object (auditors only).")
          .Produces<AuditPageDto>();

        group.MapGet("/verify", async (string? expectedHead, VerifyAuditLog handler, HttpContext http, CancellationToken ct) =>
        {
            var result = await handler.ExecuteAsync(CallerAccessor.From(http), expectedHead, ct);
            if (!result.IsSuccess)
            {
                return ErrorHandling.Problem(result.Errors);
            }
            var v = result.Value;
            return Results.Ok(new VerificationDto(v.Intact, v.EntriesChecked, v.LastSequence, v.HeadHash,
                v.FirstProblem?.Kind.ToString().ToLowerInvariant(), v.FirstProblem?.Sequence, v.FirstProblem?.Message));
        }).WithName("VerifyAuditLog").WithSummary("Recomputes the hash chain and reports the first modified, deleted, inserted or reordered entry (auditors only).")
          .Produces<VerificationDto>();
        return api;
    }

    private static AuditEntryDto ToDto(AuditEntry e) =>
        new(e.Sequence, e.Time, e.ActorId, e.ActorName, e.OrganisationId, e.Action, e.Object, e.Purpose, e.Outcome, e.Client, e.PreviousHash, e.Hash);
}
