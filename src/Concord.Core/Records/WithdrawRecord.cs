using Concord.Core.Access;

namespace Concord.Core.Records;

/// <summary>The owner withdraws a record: it leaves search, keeps its history.</summary>
public sealed class WithdrawRecord(RecordOwnerAction action)
{
    public Task<Result<Record>> ExecuteAsync(Caller caller, string id, string reason, CancellationToken cancellationToken = default) =>
        action.ExecuteAsync(caller, id, reason, AccessAction.Update, record =>
        {
            if (record.Status != RecordCodes.Of(RecordStatus.Active))
            {
                return RecordErrors.NotActive;
            }
            record.Status = RecordCodes.Of(RecordStatus.Withdrawn);
            return "withdrawn";
        }, cancellationToken);
}
