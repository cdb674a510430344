using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Core.Access;
using Concord.Core.Audit;
using Concord.Core.Data;
using Concord.Core.Records.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Core.Records;

/// <summary>Which records to export: all the caller may export, or one owner's, or one kind.</summary>
public sealed record StixExportQuery(string? Owner = null, string? Kind = null, string Purpose = "");

public sealed record StixExport(byte[] Json, int Records);

/// <summary>
/// Exports active records as a STIX 2.1 bundle (docs/stix-mapping.md). Only records the caller may pass on are
/// included: their own organisation's, and others' that they may read and whose handling code allows dissemination
/// (H0, H1). Each object carries the record in Concord's property extension, so that an import restores it unchanged.
/// </summary>
public sealed class ExportStix(ConcordDbContext db, IOptions<RecordsOptions> options)
{
    public async Task<Result<StixExport>> ExecuteAsync(Caller caller, StixExportQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        if (!caller.Subject.IsAuthenticated || !caller.Subject.Has(AccessPolicy.Operational))
        {
            db.Audit(new AuditEvent(caller.Actor, "records.export", "records", AuditEvent.Denied + ":records-need-operational-role", query.Purpose, caller.Client));
            await db.SaveChangesAsync(cancellationToken);
            return AccessErrors.Denied(AccessDecision.Deny("records-need-operational-role"));
        }
        var active = RecordCodes.Of(RecordStatus.Active);
        var records = db.Records.AsNoTracking().Where(r => r.Status == active);
        if (query.Owner is { Length: > 0 } owner)
        {
            records = records.Where(r => r.OwnerOrganisationId == owner);
        }
        if (query.Kind is { Length: > 0 } k)
        {
            if (!RecordCodes.TryParseKind(k, out var kind))
            {
                return new Error("record-kind-invalid", "The kind must be person, organisation, incident or material.", "kind");
            }
            var kindCode = RecordCodes.Of(kind);
            records = records.Where(r => r.Kind == kindCode);
        }
        var today = RecordStore.Today(db.Time);
        var grace = options.Value.ReviewGraceDays;
        var list = (await records.OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .Where(r => AccessPolicy.Decide(caller.Subject, AccessAction.Export, RecordStore.Resource(r, today, grace)).Allowed)
            .ToList();
        var json = Bundle(list, db.Time.GetUtcNow());
        db.Audit(new AuditEvent(caller.Actor, "records.export", RecordStore.Clip("stix:" + string.Join(',', list.Select(r => r.Id)), 512),
            AuditEvent.Success + ":" + list.Count.ToString(CultureInfo.InvariantCulture), RecordStore.Clip(query.Purpose, 1000), caller.Client));
        await db.SaveChangesAsync(cancellationToken);
        return new StixExport(json, list.Count);
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = RecordStore.Json.Encoder };

    public static byte[] Bundle(IReadOnlyList<Record> records, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(records);
        var stamp = StixMapping.Timestamp(now);
        var objects = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "extension-definition",
                ["spec_version"] = "2.1",
                ["id"] = StixMapping.ExtensionId,
                ["created"] = "2026-01-01T00:00:00.000Z",
                ["modified"] = "2026-01-01T00:00:00.000Z",
                ["created_by_ref"] = StixMapping.IdentityId(RecordCodes.RatsOrganisationId),
                ["name"] = "Concord RATS database record",
                ["description"] = "A record of the SCO RATS database as kept by Concord: content, handling code, evaluation, distribution, legal basis, review date.",
                ["schema"] = "https://concord.invalid/schemas/record-extension.json",
                ["version"] = "1.0.0",
                ["extension_types"] = new JsonArray("property-extension"),
            },
        };
        foreach (var (code, statement) in StixMapping.HandlingStatements.Where(h => h.Key != "H3"))
        {
            objects.Add(Marking(StixMapping.HandlingMarkingId(code, ""), statement));
        }
        foreach (var conditions in records.Where(r => r.HandlingCode == "H3").Select(r => r.HandlingConditions).Distinct(StringComparer.Ordinal))
        {
            objects.Add(Marking(StixMapping.HandlingMarkingId("H3", conditions), StixMapping.HandlingStatements["H3"] + " " + conditions));
        }
        foreach (var owner in records.Select(r => (r.OwnerOrganisationId, r.OwnerStateCode)).Distinct())
        {
            objects.Add(new JsonObject
            {
                ["type"] = "identity",
                ["spec_version"] = "2.1",
                ["id"] = StixMapping.IdentityId(owner.OwnerOrganisationId),
                ["created"] = "2026-01-01T00:00:00.000Z",
                ["modified"] = "2026-01-01T00:00:00.000Z",
                ["name"] = owner.OwnerOrganisationId,
                ["identity_class"] = "organization",
                ["sectors"] = new JsonArray("government-national"),
                ["contact_information"] = "Owner organisation " + owner.OwnerOrganisationId + (owner.OwnerStateCode is null ? "" : " (" + owner.OwnerStateCode + ")"),
            });
        }
        var stixIds = records.ToDictionary(r => r.Id, r => StixMapping.ObjectId(TypeOf(r.Kind), r.Id), StringComparer.Ordinal);
        foreach (var r in records)
        {
            objects.Add(ToStix(r, stixIds));
        }
        var bundle = new JsonObject
        {
            ["type"] = "bundle",
            ["id"] = "bundle--" + StixMapping.StableUuid("bundle:" + stamp + ":" + string.Join(',', records.Select(r => r.Id + "/" + r.Version.ToString(CultureInfo.InvariantCulture)))),
            ["objects"] = objects,
        };
        return JsonSerializer.SerializeToUtf8Bytes(bundle, Indented);
    }

    private static string TypeOf(string kind) => kind switch
    {
        "material" => "indicator",
        "incident" => "report",
        _ => "threat-actor",
    };

    private static JsonObject Marking(string id, string statement) => new()
    {
        ["type"] = "marking-definition",
        ["spec_version"] = "2.1",
        ["id"] = id,
        ["created"] = "2026-01-01T00:00:00.000Z",
        ["definition_type"] = "statement",
        ["definition"] = new JsonObject { ["statement"] = statement },
    };

    private static JsonObject ToStix(Record r, Dictionary<string, string> stixIds)
    {
        var draft = RecordStore.ToDraft(r);
        var d = draft.Details;
        var o = new JsonObject
        {
            ["type"] = TypeOf(r.Kind),
            ["spec_version"] = "2.1",
            ["id"] = stixIds[r.Id],
            ["created"] = StixMapping.Timestamp(r.CreatedAt),
            ["modified"] = StixMapping.Timestamp(r.UpdatedAt),
            ["created_by_ref"] = StixMapping.IdentityId(r.OwnerOrganisationId),
            ["name"] = d.DisplayName,
        };
        if (d.Summary.Length > 0)
        {
            o["description"] = d.Summary;
        }
        switch (r.Kind)
        {
            case "material":
                var patterns = new List<string>();
                if (d.Url.Length > 0)
                {
                    patterns.Add("[url:value = " + StixMapping.PatternLiteral(d.Url) + "]");
                }
                if (d.ContentHash.Length > 0)
                {
                    patterns.Add("[file:hashes.'SHA-256' = " + StixMapping.PatternLiteral(d.ContentHash) + "]");
                }
                o["pattern"] = string.Join(" OR ", patterns);
                o["pattern_type"] = "stix";
                o["valid_from"] = StixMapping.Timestamp(r.CreatedAt);
                o["indicator_types"] = new JsonArray("malicious-activity");
                break;
            case "incident":
                o["report_types"] = new JsonArray("threat-report");
                o["published"] = d.IncidentDate + "T00:00:00.000Z";
                var refs = d.LinkedRecords.Where(stixIds.ContainsKey).Select(id => (JsonNode)JsonValue.Create(stixIds[id])).ToArray();
                o["object_refs"] = refs.Length > 0 ? new JsonArray(refs) : new JsonArray(StixMapping.IdentityId(r.OwnerOrganisationId));
                break;
            default:
                o["threat_actor_types"] = new JsonArray("unknown");
                o["resource_level"] = r.Kind == "person" ? "individual" : "organization";
                var aliases = d.Names.Skip(1).Select(n => (JsonNode)JsonValue.Create(n.Text)).ToArray();
                if (aliases.Length > 0)
                {
                    o["aliases"] = new JsonArray(aliases);
                }
                break;
        }
        o["object_marking_refs"] = new JsonArray(StixMapping.Tlp(r.Distribution, r.HandlingCode), StixMapping.HandlingMarkingId(r.HandlingCode, r.HandlingCode == "H3" ? r.HandlingConditions : ""));
        if (r.LegalReference.Length > 0)
        {
            o["external_references"] = new JsonArray(new JsonObject { ["source_name"] = "legal-basis", ["description"] = r.LegalBasis, ["external_id"] = r.LegalReference });
        }
        o["extensions"] = new JsonObject
        {
            [StixMapping.ExtensionId] = new JsonObject
            {
                ["extension_type"] = "property-extension",
                ["record_id"] = r.Id,
                ["owner"] = r.OwnerOrganisationId,
                ["owner_state"] = r.OwnerStateCode,
                ["version"] = r.Version,
                ["record"] = JsonSerializer.SerializeToNode(draft, RecordStore.Json),
            },
        };
        return o;
    }
}
