using Concord.Core.Access;

namespace Concord.Core.Records;

/// <summary>The owner renews a record after review: a new review date, with the reason it is still needed.</summary>
public sealed class RenewRecord(RecordOwnerAction action)
{
    public Task<Result<Record>> ExecuteAsync(Caller caller, string id, string reviewDate, string reason, CancellationToken cancellationToken = default)
    {
        var today = RecordStore.Today(action.Db.Time);
        return action.ExecuteAsync(caller, id, reason, AccessAction.Update, record =>
        {
            if (record.Status != RecordCodes.Of(RecordStatus.Active))
            {
                return RecordErrors.NotActive;
            }
            if (RecordRules.CheckReviewDate(reviewDate, today, mayBePast: false, out var date) is { } error)
            {
                return error;
            }
            record.ReviewDate = date;
            record.ReviewFlaggedAt = null;
            record.SuspendedAt = null;
            return "renewed";
        }, cancellationToken);
    }
}
