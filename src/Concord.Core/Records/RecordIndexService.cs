using System.Diagnostics;
using Concord.Core.Data;
using Concord.Core.Records.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Concord.Core.Records;

/// <summary>
/// Runs in the background of a web node: seeds the demo set on a new database (when enabled), loads the search index,
/// then picks up records changed by other processes (the `concord` command) every few seconds. The node answers
/// /healthz meanwhile; searches wait for the index.
/// </summary>
public sealed partial class RecordIndexService(
    IServiceScopeFactory scopes,
    RecordSearchIndex index,
    IOptions<RecordsOptions> options,
    IOptions<NodeOptions> node,
    ILogger<RecordIndexService> logger) : BackgroundService
{
    private readonly Dictionary<string, int> _versions = new(StringComparer.Ordinal);
    private DateTimeOffset _watermark = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            if (options.Value.DemoData ?? node.Value.Demo)
            {
                await SeedAsync(stoppingToken);
            }
            await LoadAsync(stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RefreshSeconds));
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RefreshAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            LogIndexFailed(logger, e);
        }
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = scopes.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<SeedDemoRecords>().ExecuteAsync(options.Value.DemoPersons, unList: true, cancellationToken);
        if (outcome.Synthetic + outcome.UnList > 0)
        {
            LogDemoSeeded(logger, outcome.Synthetic, outcome.UnList, watch.ElapsedMilliseconds);
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConcordDbContext>();
        var active = RecordCodes.Of(RecordStatus.Active);
        var all = await db.Records.AsNoTracking().Select(r => new { r.Id, r.Version, r.UpdatedAt }).ToListAsync(cancellationToken);
        foreach (var r in all)
        {
            _versions[r.Id] = r.Version;
            if (r.UpdatedAt > _watermark)
            {
                _watermark = r.UpdatedAt;
            }
        }
        var records = new List<IndexedRecord>();
        const int page = 5000;
        for (var skip = 0; ; skip += page)
        {
            var batch = await db.Records.AsNoTracking().Where(r => r.Status == active).OrderBy(r => r.Id).Skip(skip).Take(page).ToListAsync(cancellationToken);
            records.AddRange(batch.Select(IndexedRecord.From));
            if (batch.Count < page)
            {
                break;
            }
        }
        await index.LoadAsync(records, cancellationToken);
        LogIndexLoaded(logger, records.Count, watch.ElapsedMilliseconds);
    }

    /// <summary>Records whose version differs from the one last seen, among those changed since the watermark (less a margin for clock skew).</summary>
    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConcordDbContext>();
        var since = _watermark == DateTimeOffset.MinValue ? _watermark : _watermark.AddMinutes(-2);
        var changed = await db.Records.AsNoTracking().Where(r => r.UpdatedAt >= since).Select(r => new { r.Id, r.Version, r.UpdatedAt }).ToListAsync(cancellationToken);
        var stale = changed.Where(c => !_versions.TryGetValue(c.Id, out var v) || v != c.Version).Select(c => c.Id).ToList();
        foreach (var c in changed)
        {
            if (c.UpdatedAt > _watermark)
            {
                _watermark = c.UpdatedAt;
            }
        }
        if (stale.Count == 0)
        {
            return;
        }
        var records = await db.Records.AsNoTracking().Where(r => stale.Contains(r.Id)).ToListAsync(cancellationToken);
        foreach (var r in records)
        {
            _versions[r.Id] = r.Version;
        }
        var active = RecordCodes.Of(RecordStatus.Active);
        await index.ApplyAsync([.. records.Where(r => r.Status == active).Select(IndexedRecord.From)],
            [.. records.Where(r => r.Status != active).Select(r => r.Id)], cancellationToken);
        LogRefreshed(logger, records.Count);
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Records: search index loaded with {Count} active records in {Milliseconds} ms")]
    private static partial void LogIndexLoaded(ILogger logger, int count, long milliseconds);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Records: demo set seeded, {Synthetic} synthetic records and {UnList} from the UN list, in {Milliseconds} ms")]
    private static partial void LogDemoSeeded(ILogger logger, int synthetic, int unList, long milliseconds);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Records: {Count} records changed by another process were re-indexed")]
    private static partial void LogRefreshed(ILogger logger, int count);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Records: the search index could not be loaded")]
    private static partial void LogIndexFailed(ILogger logger, Exception exception);
}
