using System.Collections.Concurrent;
using Concord.Core;
using Concord.Core.Access;
using Concord.Core.Records;
using Concord.Core.Records.Imports;

namespace Concord.Web.Records;

/// <summary>An import running in the background for the UI, with its progress and, when done, its outcome.</summary>
public sealed class ImportJob
{
    public Guid Id { get; } = Guid.NewGuid();
    public string UserId { get; init; } = "";
    public string FileName { get; init; } = "";
    private volatile ImportProgress _progress = new("queued", 0, 1);

    public ImportProgress Progress
    {
        get => _progress;
        set => _progress = value;
    }
    public Result<ImportOutcome>? Outcome { get; set; }
    public bool Failed { get; set; }
    public DateTimeOffset Started { get; init; }

    public int Percent => Outcome is not null ? 100 : Progress.Total <= 0 ? 0 : Math.Clamp(Progress.Done * 100 / Progress.Total, 0, 99);
}

/// <summary>
/// Runs UI imports in the background so that the page can show a progress bar (it refreshes itself; no script).
/// Each import is still one transaction: all or nothing. Jobs are kept for an hour, visible only to who started them.
/// </summary>
public sealed partial class ImportJobs(IServiceScopeFactory scopes, ILogger<ImportJobs> logger)
{
    private readonly ConcurrentDictionary<Guid, ImportJob> _jobs = new();

    public ImportJob Start(Caller caller, ImportRequest request, byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(caller);
        foreach (var old in _jobs.Values.Where(j => j.Started < DateTimeOffset.UtcNow.AddHours(-1)))
        {
            _jobs.TryRemove(old.Id, out _);
        }
        var job = new ImportJob { UserId = caller.Subject.UserId, FileName = fileName, Started = DateTimeOffset.UtcNow };
        _jobs[job.Id] = job;
        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var import = scope.ServiceProvider.GetRequiredService<ImportRecords>();
                using var stream = new MemoryStream(content, writable: false);
                job.Outcome = await import.ExecuteAsync(caller, request, stream, new Progress(job));
            }
            catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or TimeoutException or IOException)
            {
                job.Failed = true;
                job.Outcome = new Error("import-failed", "The import could not be completed; nothing was written.");
                LogImportFailed(logger, e);
            }
        });
        return job;
    }

    public ImportJob? Find(Guid id, string userId) => _jobs.TryGetValue(id, out var job) && job.UserId == userId ? job : null;

    private sealed class Progress(ImportJob job) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => job.Progress = value;
    }

    [LoggerMessage(EventId = 4020, Level = LogLevel.Error, Message = "Records: an import from the UI failed")]
    private static partial void LogImportFailed(ILogger logger, Exception exception);
}
