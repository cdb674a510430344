using Microsoft.Extensions.Logging;

namespace Concord.Core.Federation;

/// <summary>
/// Per-batch timestamps of the exchange (Unix milliseconds), logged at Debug level in the category
/// <see cref="Category"/> so that the exchange benchmark can say where a message waits: group commit at the sender,
/// outbox pick-up, request, intake commit at the receiver, receipt recorded at the sender. Off unless that category is
/// set to Debug. Ids, counts and times only: never content, never tokens.
/// </summary>
public static partial class ExchangeTiming
{
    public const string Category = "Concord.Timing";

    public static long Now(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return time.GetUtcNow().ToUnixTimeMilliseconds();
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Debug,
        Message = "timing commit n={Count} positions={FirstPosition}-{LastPosition} started={StartedMs} committed={CommittedMs}")]
    public static partial void Committed(ILogger logger, int count, long firstPosition, long lastPosition, long startedMs, long committedMs);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Debug,
        Message = "timing deliver peer={Peer} batch={BatchId} n={Count} outbox={FirstId}-{LastId} picked={PickedMs} posted={PostedMs} answered={AnsweredMs} committed={CommittedMs}")]
    public static partial void Delivered(ILogger logger, string peer, string batchId, int count, long firstId, long lastId, long pickedMs, long postedMs, long answeredMs, long committedMs);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Debug,
        Message = "timing intake peer={Peer} batch={BatchId} n={Count} started={StartedMs} committed={CommittedMs}")]
    public static partial void TookIn(ILogger logger, string peer, string batchId, int count, long startedMs, long committedMs);
}
