using Concord.Core.Access;

namespace Concord.Core.Records;

/// <summary>
/// The owner deletes a record: its content is erased from the record and from every version; the row, the history of
/// who did what, and the audit trail stay. Nothing is ever removed silently.
/// </summary>
public sealed class DeleteRecord(RecordOwnerAction action)
{
    public Task<Result<Record>> ExecuteAsync(Caller caller, string id, string reason, CancellationToken cancellationToken = default) =>
        action.ExecuteAsync(caller, id, reason, AccessAction.Delete, record =>
        {
            record.Status = RecordCodes.Of(RecordStatus.Deleted);
            record.Details = "{}";
            record.DisplayName = "";
            record.ContentHash = "";
            record.Source = "";
            record.HandlingConditions = "";
            return "deleted";
        }, cancellationToken);
}
