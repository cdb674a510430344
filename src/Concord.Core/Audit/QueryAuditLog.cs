using Concord.Core.Access;
using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Audit;

/// <summary>Filters for the auditor's view; all optional. Paging goes backwards from <see cref="Before"/> (a sequence number).</summary>
public sealed record AuditQuery(
    DateOnly? From = null,
    DateOnly? To = null,
    string? Actor = null,
    string? Action = null,
    string? Outcome = null,
    string? Object = null,
    long? Before = null,
    int PageSize = 50);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, long? NextBefore, long HeadSequence, string HeadHash);

/// <summary>Lists audit entries for auditors, newest first. Looking at the log is itself audited.</summary>
public sealed class QueryAuditLog(ConcordDbContext db, AccessGate gate)
{
    public const int MaxPageSize = 500;

    public async Task<Result<AuditPage>> ExecuteAsync(Caller caller, AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var decision = await gate.CheckAsync(caller, AccessAction.Query, new Resource.AuditLog(), Describe(query), cancellationToken);
        if (!decision.Allowed)
        {
            return AccessErrors.Denied(decision);
        }
        if (query.PageSize is < 1 or > MaxPageSize)
        {
            return new Error("page-size-out-of-range", $"The page size must be between 1 and {MaxPageSize}.", "pageSize");
        }
        if (query.From is { } f && query.To is { } t && f > t)
        {
            return new Error("date-range-reversed", "The start date is after the end date.", "from");
        }

        var entries = db.AuditEntries.AsNoTracking();
        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.Time >= start);
        }
        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.Time < end);
        }
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            entries = entries.Where(e => e.ActorName.Contains(query.Actor) || e.ActorId == query.Actor || e.OrganisationId == query.Actor);
        }
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(e => e.Action.StartsWith(query.Action));
        }
        if (!string.IsNullOrWhiteSpace(query.Outcome))
        {
            entries = entries.Where(e => e.Outcome.StartsWith(query.Outcome));
        }
        if (!string.IsNullOrWhiteSpace(query.Object))
        {
            entries = entries.Where(e => e.Object.Contains(query.Object));
        }
        if (query.Before is { } before)
        {
            entries = entries.Where(e => e.Sequence < before);
        }
        var page = await entries.OrderByDescending(e => e.Sequence).Take(query.PageSize + 1).ToListAsync(cancellationToken);
        long? next = page.Count > query.PageSize ? page[query.PageSize - 1].Sequence : null;
        if (page.Count > query.PageSize)
        {
            page.RemoveAt(page.Count - 1);
        }
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        return new AuditPage(page, next, head?.Sequence ?? 0, head?.Hash ?? AuditCanonical.Genesis);
    }

    private static string Describe(AuditQuery q) =>
        string.Join(';', new[]
        {
            q.From is null ? null : "from=" + q.From.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            q.To is null ? null : "to=" + q.To.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            q.Actor is null ? null : "actor=" + q.Actor,
            q.Action is null ? null : "action=" + q.Action,
            q.Outcome is null ? null : "outcome=" + q.Outcome,
            q.Object is null ? null : "object=" + q.Object,
        }.Where(s => s is not null));
}
