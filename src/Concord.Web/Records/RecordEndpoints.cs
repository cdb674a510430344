using Concord.Core.Records;
using Concord.Core.Records.Imports;
using Concord.Web.Accounts;
using Concord.Web.Hosting;
using static Concord.Web.Records.RecordDtos;

namespace Concord.Web.Records;

/// <summary>The RATS database API: records, hit/no-hit search, hit notices, imports and STIX export.</summary>
public static class RecordEndpoints
{
    public static RouteGroupBuilder MapRecordEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/records").WithTags("Records");

        group.MapPost("", async (RecordDraft input, CreateRecord handler, HttpContext http, CancellationToken ct) =>
        {
            var result = await handler.ExecuteAsync(CallerAccessor.From(http), input, ct);
            return result.IsSuccess ? Results.Created("/api/v1/records/" + result.Value.Id, ToDto(result.Value, false, [])) : ErrorHandling.Problem(result.Errors);
        }).WithName("CreateRecord").WithSummary("Creates a record owned by the caller's organisation (person, organisation, incident or material).")
          .Produces<RecordDto>(StatusCodes.Status201Created);

        group.MapGet("/{id}", async (string id, string? purpose, GetRecord handler, HttpContext http, CancellationToken ct) =>
        {
            var result = await handler.ExecuteAsync(CallerAccessor.From(http), id, purpose ?? "", ct);
            return result.IsSuccess ? Results.Ok(ToDto(result.Value.Record, result.Value.PastReview, result.Value.History)) : ErrorHandling.Problem(result.Errors);
        }).WithName("GetRecord").WithSummary("A record in full with its history, if the access policy lets the caller read it; the read and its purpose are audited.")
          .Produces<RecordDto>();

        group.MapPut("/{id}", async (string id, UpdateInput input, UpdateRecord handler, HttpContext http, CancellationToken ct) =>
        {
            var result = await handler.ExecuteAsync(CallerAccessor.From(http), id, input.Version, input.Record ?? new RecordDraft(), input.Reason ?? "", ct);
            return result.IsSuccess ? Results.Ok(ToDto(result.Value, false, [])) : ErrorHandling.Problem(result.Errors);
        }).WithName("UpdateRecord").WithSummary("The owner organisation changes a record; give the version you read (409 if it changed since) and the reason.")
          .Produces<RecordDto>();

        group.MapPost("/{id}/withdraw", async (string id, ReasonInput input, WithdrawRecord handler, HttpContext http, CancellationToken ct) =>
            Reply(await handler.ExecuteAsync(CallerAccessor.From(http), id, input.Reason ?? "", ct)))
            .WithName("WithdrawRecord").WithSummary("The owner withdraws a record: it leaves search and keeps its history.").Produces<RecordDto>();

        group.MapPost("/{id}/renew", async (string id, RenewInput input, RenewRecord handler, HttpContext http, CancellationToken ct) =>
            Reply(await handler.ExecuteAsync(CallerAccessor.From(http), id, input.ReviewDate ?? "", input.Reason ?? "", ct)))
            .WithName("RenewRecord").WithSummary("The owner renews a record after review: a new review date and the reason it is still needed.").Produces<RecordDto>();

        group.MapPost("/{id}/delete", async (string id, ReasonInput input, DeleteRecord handler, HttpContext http, CancellationToken ct) =>
            Reply(await handler.ExecuteAsync(CallerAccessor.From(http), id, input.Reason ?? "", ct)))
            .WithName("DeleteRecord").WithSummary("The owner deletes a record: its content is erased from it and its history; the row and the audit trail stay.").Produces<RecordDto>();

        group.MapGet("/mine", async (string? status, bool? reviewDue, int? skip, int? pageSize, ListOwnRecords handler, HttpContext http, CancellationToken ct) =>
        {
            var result = await handler.ExecuteAsync(CallerAccessor.From(http), new OwnRecordsQuery(status, reviewDue ?? false, skip ?? 0, pageSize ?? 50), ct);
            return result.IsSuccess
                ? Results.Ok(new OwnRecordsDto([.. result.Value.Rows.Select(r => new OwnRecordDto(r.Id, r.Kind, r.DisplayName, r.Status, r.HandlingCode, r.Distribution,
                    r.ReviewDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), r.ReviewDue, r.Origin, r.Version))], result.Value.Total, result.Value.ReviewDue, result.Value.NextSkip))
                : ErrorHandling.Problem(result.Errors);
        }).WithName("ListOwnRecords").WithSummary("The records of the caller's organisation; reviewDue=true lists those whose review date has passed.")
          .Produces<OwnRecordsDto>();

        group.MapPost("/search", async (SearchInput input, SearchRecords handler, HttpContext http, CancellationToken ct) =>
        {
            var query = new RecordSearchQuery(input.Purpose ?? "", input.Name, input.Organisation, input.BirthDate, input.DocumentNumber, input.Nationality, input.UrlOrHash, input.Kind, input.Top ?? 20);
            var result = await handler.ExecuteAsync(CallerAccessor.From(http), query, ct);
            return result.IsSuccess ? Results.Ok(ToDto(result.Value)) : ErrorHandling.Problem(result.Errors);
        }).WithName("SearchRecords").WithSummary("Hit/no-hit search by name (any script), organisation, date of birth, document number, URL or hash, with the purpose stated. "
            + "Records the caller may read come with the match explanation; others only as \"hit — contact the owner\" with a reference, and their owner receives a hit notice.")
          .Produces<SearchResultDto>();

        group.MapGet("/hit-notices", async (bool? sent, string? status, int? skip, ListHitNotices handler, HttpContext http, CancellationToken ct) =>
        {
            var result = await handler.ExecuteAsync(CallerAccessor.From(http), new HitNoticeQuery(sent ?? false, status, 50, skip ?? 0), ct);
            return result.IsSuccess
                ? Results.Ok(new HitNoticePageDto([.. result.Value.Rows.Select(r => ToDto(r, sent ?? false))], result.Value.Open, result.Value.NextSkip))
                : ErrorHandling.Problem(result.Errors);
        }).WithName("ListHitNotices").WithSummary("Hit notices received by the caller's organisation (who searched, when, for what purpose), or with sent=true those the caller's searches caused and their answers.")
          .Produces<HitNoticePageDto>();

        group.MapPost("/hit-notices/{id:guid}/decision", async (Guid id, DecisionInput input, DecideHitNotice handler, HttpContext http, CancellationToken ct) =>
        {
            var result = await handler.ExecuteAsync(CallerAccessor.From(http), id, new HitNoticeDecision(input.Status ?? "", input.Text ?? ""), ct);
            return result.IsSuccess ? Results.Ok(ToDto(new HitNoticeRow(result.Value, "", ""), sent: false)) : ErrorHandling.Problem(result.Errors);
        }).WithName("DecideHitNotice").WithSummary("The owner organisation answers a hit notice: seen, disclosed (with what it discloses) or declined.")
          .Produces<HitNoticeDto>();

        group.MapPost("/imports/{format}", async (string format, string? owner, string? kind, string? handling, string? handlingConditions, string? evaluation,
            string? distribution, string? states, string? legalBasis, string? purpose, string? reviewDate, ImportRecords handler, HttpContext http, CancellationToken ct) =>
        {
            if (!ImportFormats.TryParse(format, out var parsed))
            {
                return ErrorHandling.Problem([new Core.Error("import-format-unknown", "The format is un-list, csv or stix.", "format")]);
            }
            var caller = CallerAccessor.From(http);
            var defaults = new ImportDefaults
            {
                HandlingCode = handling ?? "H0", HandlingConditions = handlingConditions ?? "", Evaluation = evaluation ?? "",
                Distribution = distribution ?? "all-members", DistributionStates = states is { Length: > 0 } ? states.Split(',') : [],
                LegalBasis = legalBasis ?? "", Purpose = purpose ?? "", ReviewDate = reviewDate ?? "",
            };
            var request = new ImportRequest(parsed, owner is { Length: > 0 } ? owner : caller.Subject.OrganisationId, defaults, kind);
            var result = await handler.ExecuteAsync(caller, request, http.Request.Body, null, ct);
            return result.IsSuccess ? Results.Ok(ToDto(result.Value)) : ErrorHandling.Problem(result.Errors);
        }).WithName("ImportRecords").WithSummary("Imports a file sent as the request body, all or nothing: un-list (UN consolidated list XML; re-runnable, withdraws delisted entries), "
            + "csv (kind=person|organization) or stix (a STIX 2.1 bundle). Errors name the line or JSON path.")
          .Accepts<string>("application/xml", "text/csv", "application/json")
          .Produces<ImportResultDto>().DisableAntiforgery();

        group.MapGet("/export/stix", async (string? owner, string? kind, string? purpose, ExportStix handler, HttpContext http, CancellationToken ct) =>
        {
            var result = await handler.ExecuteAsync(CallerAccessor.From(http), new StixExportQuery(owner, kind, purpose ?? ""), ct);
            return result.IsSuccess ? Results.File(result.Value.Json, "application/stix+json;version=2.1", "concord-records.stix.json") : ErrorHandling.Problem(result.Errors);
        }).WithName("ExportStix").WithSummary("A STIX 2.1 bundle of the active records the caller may pass on (own records; others' with handling H0 or H1 that the caller may read).")
          .Produces<byte[]>(StatusCodes.Status200OK, "application/stix+json");

        return api;
    }

    private static IResult Reply(Core.Result<Record> result) =>
        result.IsSuccess ? Results.Ok(ToDto(result.Value, false, [])) : ErrorHandling.Problem(result.Errors);
}

/// <summary>The names of the import formats in URLs, the CLI and the UI.</summary>
public static class ImportFormats
{
    public static bool TryParse(string? text, out ImportFormat format)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "un-list":
                format = ImportFormat.UnList;
                return true;
            case "csv":
                format = ImportFormat.Csv;
                return true;
            case "stix":
                format = ImportFormat.Stix;
                return true;
            default:
                format = ImportFormat.Stix;
                return false;
        }
    }
}
