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
            if (!DateOnly.TryParseExact(reviewDate?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            {
                return new Error("review-date-invalid", "The review date is required, written YYYY-MM-DD.", "reviewDate");
            }
            if (date <= today)
            {
                return new Error("review-date-not-in-future", "The review date must be after today.", "reviewDate");
            }
            if (date > today.AddYears(RecordRules.MaxReviewYears))
            {
                return new Error("review-date-too-far", $"The review date may be at most {RecordRules.MaxReviewYears} years ahead; renew the record then.", "reviewDate");
            }
            record.ReviewDate = date;
            record.ReviewFlaggedAt = null;
            record.SuspendedAt = null;
            return "renewed";
        }, cancellationToken);
    }
}
