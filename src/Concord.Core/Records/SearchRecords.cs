using System.Globalization;
using Concord.Core.Access;
using Concord.Core.Audit;
using Concord.Core.Data;
using Concord.Matching.Model;
using Concord.Matching.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Core.Records;

/// <summary>A search of the RATS database. The purpose is required; it is recorded and sent to owners of restricted hits.</summary>
public sealed record RecordSearchQuery(
    string Purpose,
    string? Name = null,
    string? Organisation = null,
    string? BirthDate = null,
    string? DocumentNumber = null,
    string? Nationality = null,
    string? UrlOrHash = null,
    string? Kind = null,
    int Top = 20);

/// <summary>A record the searcher may see: its summary, score and why it matched.</summary>
public sealed record VisibleHit(IndexedRecord Record, double Score, string MatchedName, Explanation? Explanation, string How, bool ReviewDue);

/// <summary>A record the searcher may not see: only "hit — contact the owner", the reference and the notice sent.</summary>
public sealed record RestrictedHit(string Reference, string OwnerOrganisationId, Guid NoticeId);

public sealed record RecordSearchResult(IReadOnlyList<VisibleHit> Hits, IReadOnlyList<RestrictedHit> Restricted, string Purpose);

/// <summary>
/// Hit/no-hit search: by name in any script (through the matching engine), organisation, date of birth, document number,
/// URL or hash. Every candidate passes the access policy: what the caller may read is returned in full with the
/// explanation; what they may not becomes a reference only, and the owner organisation receives a hit notice.
/// </summary>
public sealed class SearchRecords(
    ConcordDbContext db,
    AccessGate gate,
    RecordSearchIndex index,
    IHitNoticeSink sink,
    IOptions<RecordsOptions> options)
{
    public const int MaxTop = 100;

    public async Task<Result<RecordSearchResult>> ExecuteAsync(Caller caller, RecordSearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        var purpose = query.Purpose?.Trim() ?? "";
        var errors = new List<Error>();
        if (purpose.Length < 5 || purpose.Length > RecordRules.MaxText)
        {
            errors.Add(RecordErrors.PurposeRequired);
        }
        string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        var name = Blank(query.Name);
        var organisation = Blank(query.Organisation);
        var document = Blank(query.DocumentNumber);
        var material = Blank(query.UrlOrHash);
        var nationality = Blank(query.Nationality)?.ToUpperInvariant();
        PartialDate? born = null;
        if (Blank(query.BirthDate) is { } b)
        {
            if (PartialDate.TryParse(b, out var d))
            {
                born = d;
            }
            else
            {
                errors.Add(new Error("birth-date-invalid", "A date of birth is written YYYY, YYYY-MM or YYYY-MM-DD.", "birthDate"));
            }
        }
        RecordKind? kind = null;
        if (Blank(query.Kind) is { } k)
        {
            if (RecordCodes.TryParseKind(k, out var parsed))
            {
                kind = parsed;
            }
            else
            {
                errors.Add(new Error("record-kind-invalid", "The kind must be person, organisation, incident or material.", "kind"));
            }
        }
        if (name is null && organisation is null && document is null && material is null && born is null && errors.Count == 0)
        {
            errors.Add(RecordErrors.SearchNeedsCriterion);
        }
        if ((name?.Length ?? 0) > RecordRules.MaxNameLength || (organisation?.Length ?? 0) > RecordRules.MaxNameLength
            || (document?.Length ?? 0) > 64 || (material?.Length ?? 0) > 2000)
        {
            errors.Add(new Error("search-text-too-long", "A search term is too long.", "name"));
        }
        if (query.Top is < 1 or > MaxTop)
        {
            errors.Add(new Error("top-out-of-range", $"Ask for 1 to {MaxTop} results.", "top"));
        }
        if (errors.Count > 0)
        {
            return Result<RecordSearchResult>.Failure(errors);
        }

        var decision = AccessPolicy.Decide(caller.Subject, AccessAction.Query, new Resource.RecordSearch());
        if (!decision.Allowed)
        {
            gate.Decide(caller, AccessAction.Query, new Resource.RecordSearch(), purpose);
            await db.SaveChangesAsync(cancellationToken);
            return AccessErrors.Denied(decision);
        }
        if (!index.IsReady)
        {
            var ready = await Task.WhenAny(index.WhenReady, Task.Delay(TimeSpan.FromSeconds(10), cancellationToken));
            if (ready != index.WhenReady)
            {
                return RecordErrors.IndexLoading;
            }
        }

        var threshold = options.Value.SearchThreshold;
        var hits = new Dictionary<string, IndexHit>(StringComparer.Ordinal);
        void Merge(IEnumerable<IndexHit> found)
        {
            foreach (var h in found)
            {
                if (!hits.TryGetValue(h.Record.Id, out var current) || h.Score > current.Score)
                {
                    hits[h.Record.Id] = h;
                }
            }
        }
        var nameKind = kind switch
        {
            RecordKind.Person => EntityKind.Person,
            RecordKind.Organisation => EntityKind.Organization,
            _ => EntityKind.Unknown,
        };
        if (name is not null || document is not null || material is not null || born is not null)
        {
            Merge(index.Search(new IndexQuery(name, nameKind, born, nationality, document, material, query.Top, threshold)));
        }
        if (organisation is not null)
        {
            Merge(index.Search(new IndexQuery(organisation, EntityKind.Organization, null, null, null, null, query.Top, threshold)));
        }

        var today = RecordStore.Today(db.Time);
        var grace = options.Value.ReviewGraceDays;
        var visible = new List<VisibleHit>();
        var restricted = new List<IndexHit>();
        foreach (var hit in hits.Values.OrderByDescending(h => h.Score).ThenBy(h => h.Record.Id, StringComparer.Ordinal))
        {
            var r = hit.Record;
            if ((kind is not null && r.Kind != kind) || (organisation is not null && name is null && document is null && r.Kind != RecordKind.Organisation && hit.How == "name"))
            {
                continue;
            }
            var resource = r.Resource(today, grace);
            // Past its grace period a record leaves search for everyone until the owner renews or deletes it.
            if (resource.PastReview)
            {
                continue;
            }
            if (visible.Count + restricted.Count >= query.Top)
            {
                break;
            }
            if (AccessPolicy.Decide(caller.Subject, AccessAction.Read, resource).Allowed)
            {
                visible.Add(new VisibleHit(r, hit.Score, hit.MatchedName, hit.Explanation, hit.How, today > r.ReviewDate));
            }
            else
            {
                restricted.Add(hit);
            }
        }

        var notices = await NoticesAsync(caller, purpose, Describe(name, organisation, born, nationality, document, material), restricted, cancellationToken);
        db.Audit(new AuditEvent(caller.Actor, "records.search",
            RecordStore.Clip("records:" + string.Join(',', visible.Select(v => v.Record.Id)) + (restricted.Count > 0 ? ";hits:" + string.Join(',', restricted.Select(h => h.Record.Id)) : ""), 512),
            AuditEvent.Success + ":" + visible.Count.ToString(CultureInfo.InvariantCulture) + "+" + restricted.Count.ToString(CultureInfo.InvariantCulture),
            RecordStore.Clip(purpose, 1000), caller.Client));
        await db.SaveChangesAsync(cancellationToken);
        var created = notices.Where(n => n.Created).Select(n => n.Notice).ToList();
        if (created.Count > 0)
        {
            await sink.NoticesCreatedAsync(created, cancellationToken);
        }
        return new RecordSearchResult(visible,
            [.. restricted.Select(h => new RestrictedHit(h.Record.Id, h.Record.OwnerOrganisationId, notices.First(n => n.Notice.RecordId == h.Record.Id).Notice.Id))],
            purpose);
    }

    /// <summary>One notice per restricted record; the same searcher asking again for the same purpose within a day reuses the open notice.</summary>
    private async Task<List<(HitNotice Notice, bool Created)>> NoticesAsync(Caller caller, string purpose, string queryText, List<IndexHit> restricted, CancellationToken cancellationToken)
    {
        var result = new List<(HitNotice, bool)>();
        if (restricted.Count == 0)
        {
            return result;
        }
        var ids = restricted.Select(h => h.Record.Id).ToList();
        var user = caller.Subject.UserId;
        var now = db.Time.GetUtcNow();
        var clippedPurpose = RecordStore.Clip(purpose, 1000);
        var open = await db.HitNotices.AsNoTracking()
            .Where(n => ids.Contains(n.RecordId) && n.SearcherUserId == user && (n.Status == HitNoticeStatuses.New || n.Status == HitNoticeStatuses.Seen))
            .ToListAsync(cancellationToken);
        foreach (var hit in restricted)
        {
            var existing = open.FirstOrDefault(n => n.RecordId == hit.Record.Id && n.Purpose == clippedPurpose && n.CreatedAt > now.AddDays(-1));
            if (existing is not null)
            {
                result.Add((existing, false));
                continue;
            }
            var notice = new HitNotice
            {
                Id = Guid.CreateVersion7(now),
                RecordId = hit.Record.Id,
                OwnerOrganisationId = hit.Record.OwnerOrganisationId,
                SearcherUserId = RecordStore.Clip(user, 64),
                SearcherName = RecordStore.Clip(caller.Actor.Name, 256),
                SearcherOrganisationId = RecordStore.Clip(caller.Subject.OrganisationId, 64),
                SearcherStateCode = caller.Subject.StateCode,
                CreatedAt = now,
                Purpose = clippedPurpose,
                Query = RecordStore.Clip(queryText, 1000),
                Score = Math.Round(hit.Score, 4),
                Status = HitNoticeStatuses.New,
            };
            db.HitNotices.Add(notice);
            db.Audit(new AuditEvent(caller.Actor, "hit-notice.create", "hit-notice:" + notice.Id.ToString("N", CultureInfo.InvariantCulture) + " record:" + notice.RecordId,
                AuditEvent.Success, notice.Purpose, caller.Client));
            result.Add((notice, true));
        }
        return result;
    }

    private static string Describe(string? name, string? organisation, PartialDate? born, string? nationality, string? document, string? material)
    {
        var parts = new List<string>();
        if (name is not null)
        {
            parts.Add("name: " + name);
        }
        if (organisation is not null)
        {
            parts.Add("organisation: " + organisation);
        }
        if (born is not null)
        {
            parts.Add("born: " + born);
        }
        if (nationality is not null)
        {
            parts.Add("nationality: " + nationality);
        }
        if (document is not null)
        {
            parts.Add("document: " + document);
        }
        if (material is not null)
        {
            parts.Add("url/hash: " + material);
        }
        return string.Join("; ", parts);
    }
}
