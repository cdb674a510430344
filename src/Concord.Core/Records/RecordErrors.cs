namespace Concord.Core.Records;

/// <summary>The typed errors of the RATS database. Codes are stable (API "code", UI resource keys Records_Error_...).</summary>
public static class RecordErrors
{
    public static readonly Error NotFound = new("not-found", "There is no such record.");
    public static readonly Error NoticeNotFound = new("not-found", "There is no such hit notice.");
    public static readonly Error PurposeRequired = new("search-purpose-required", "State the purpose of the search (at least 5 characters); it is recorded and sent to the owners of restricted hits.", "purpose");
    public static readonly Error SearchNeedsCriterion = new("search-needs-criterion", "Give a name, an organisation, a date of birth, a document number or a URL/hash.", "name");
    public static readonly Error ReasonRequired = new("reason-required", "State the reason for this change; it is kept in the record's history.", "reason");
    public static readonly Error VersionConflict = new("conflict", "The record was changed by someone else since you opened it; reload it and apply your change again.", "version");
    public static readonly Error NotActive = new("record-not-active", "Only an active record can be changed this way.");
    public static readonly Error AlreadyDecided = new("hit-notice-already-decided", "This hit notice has already been answered.");
    public static readonly Error IndexLoading = new("index-loading", "The search index is still being loaded; try again in a few seconds.");

    public static Error LinkedRecordUnknown(int index, string id) =>
        new("linked-record-unknown", $"There is no record {RecordStore.Clip(id, 40)} to link.", $"details.linkedRecords[{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]");

    public static Error Invalid(string code, string message, string? field = null) => new(code, message, field);
}
