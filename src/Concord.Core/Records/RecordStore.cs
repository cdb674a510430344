using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Concord.Core.Access;
using Concord.Core.Handling;

namespace Concord.Core.Records;

/// <summary>Mapping between records, drafts, their JSON and what the access policy sees. Shared by every use case.</summary>
public static class RecordStore
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        MaxDepth = 32,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A new record id: the owner's state (or RATS) and 8 random Crockford base-32 characters, e.g. "KZ-7F3K9QX2".</summary>
    public static string NewId(string? ownerState, Random? random = null)
    {
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[random?.Next(32) ?? RandomNumberGenerator.GetInt32(32)];
        }
        return (ownerState ?? "RATS") + "-" + new string(chars);
    }

    public static RecordDetails ReadDetails(Record record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.Deserialize<RecordDetails>(record.Details, Json) ?? new RecordDetails();
    }

    public static RecordDraft ToDraft(Record record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new RecordDraft
        {
            Kind = record.Kind,
            Details = ReadDetails(record),
            HandlingCode = record.HandlingCode,
            HandlingConditions = record.HandlingConditions,
            Evaluation = record.Evaluation,
            Source = record.Source,
            Distribution = record.Distribution,
            DistributionStates = States(record),
            LegalBasis = record.LegalBasis,
            LegalReference = record.LegalReference,
            Purpose = record.Purpose,
            ReviewDate = record.ReviewDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ExternalId = record.ExternalId,
        };
    }

    public static IReadOnlyList<string> States(Record record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.DistributionStates.Length == 0 ? [] : record.DistributionStates.Split(',');
    }

    /// <summary>Writes a valid draft into the entity (content, codes, dates). Does not touch owner, status or version.</summary>
    public static void Apply(Record record, ValidDraft valid)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(valid);
        var d = valid.Draft;
        record.Kind = d.Kind;
        record.HandlingCode = d.HandlingCode;
        record.HandlingConditions = d.HandlingConditions;
        record.Evaluation = d.Evaluation;
        record.Source = d.Source;
        record.Distribution = d.Distribution;
        record.DistributionStates = string.Join(',', valid.States);
        record.LegalBasis = d.LegalBasis;
        record.LegalReference = d.LegalReference;
        record.Purpose = d.Purpose;
        record.ReviewDate = valid.ReviewDate;
        record.ExternalId = d.ExternalId;
        record.DisplayName = Clip(d.Details.DisplayName, 400);
        record.Details = JsonSerializer.Serialize(d.Details, Json);
        record.ContentHash = ContentHash(d);
    }

    /// <summary>SHA-256 of the draft without its review date: equal for a re-imported entry that did not change.</summary>
    public static string ContentHash(RecordDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var json = JsonSerializer.Serialize(draft with { ReviewDate = "" }, Json);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }

    public static string Snapshot(RecordDraft draft) => JsonSerializer.Serialize(draft, Json);

    public static RecordDraft? ReadSnapshot(string snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Length <= 2 ? null : JsonSerializer.Deserialize<RecordDraft>(snapshot, Json);
    }

    public static RecordVersion Version(Record record, Caller caller, string change, string reason, DateTimeOffset now, RecordDraft? snapshot)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(caller);
        return new RecordVersion
        {
            RecordId = record.Id,
            Version = record.Version,
            ChangedAt = now,
            ActorId = Clip(caller.Actor.Id, 64),
            ActorName = Clip(caller.Actor.Name, 256),
            OrganisationId = Clip(caller.Subject.OrganisationId.Length > 0 ? caller.Subject.OrganisationId : record.OwnerOrganisationId, 64),
            Change = change,
            Reason = Clip(reason, 1000),
            Status = record.Status,
            Snapshot = snapshot is null ? "{}" : Snapshot(snapshot),
        };
    }

    /// <summary>True when the grace period after the review date has ended on <paramref name="today"/>.</summary>
    public static bool IsPastReview(DateOnly reviewDate, DateOnly today, int graceDays) => today > reviewDate.AddDays(graceDays);

    /// <summary>What the access policy sees of a record.</summary>
    public static Resource.Record Resource(Record record, DateOnly today, int graceDays)
    {
        ArgumentNullException.ThrowIfNull(record);
        // Fail closed on a code that does not parse: the narrowest distribution, a status nobody reads.
        var distribution = RecordCodes.TryParseDistribution(record.Distribution, out var d) ? d : Distribution.OwnerOnly;
        var status = RecordCodes.TryParseStatus(record.Status, out var s) ? s : RecordStatus.Deleted;
        return new Resource.Record(record.Id, record.OwnerOrganisationId, record.OwnerStateCode,
            distribution, States(record), ParseHandling(record.HandlingCode), status, IsPastReview(record.ReviewDate, today, graceDays));
    }

    public static HandlingCode ParseHandling(string code) =>
        Handling.Handling.TryParse(code, out var parsed) ? parsed : HandlingCode.H3;

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
    }

    public static string Clip(string? s, int max) => s is null ? "" : s.Length <= max ? s : s[..(max - 1)] + "…";
}
