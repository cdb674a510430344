using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Concord.Core.Records;

/// <summary>Runs <see cref="FlagRecordsForReview"/> once at start and then every Records:ReviewJobHours (24 by default).</summary>
public sealed partial class RecordReviewJob(IServiceScopeFactory scopes, IOptions<RecordsOptions> options, TimeProvider time, ILogger<RecordReviewJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var timer = new PeriodicTimer(TimeSpan.FromHours(options.Value.ReviewJobHours), time);
        try
        {
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var run = await scope.ServiceProvider.GetRequiredService<FlagRecordsForReview>().ExecuteAsync(stoppingToken);
                    LogReviewRun(logger, run.Flagged, run.Suspended);
                }
                catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
                {
                    LogReviewFailed(logger, e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Records: review job flagged {Flagged} records to their owners and took {Suspended} out of search")]
    private static partial void LogReviewRun(ILogger logger, int flagged, int suspended);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Error, Message = "Records: the review job failed")]
    private static partial void LogReviewFailed(ILogger logger, Exception exception);
}
