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
    private int _count;
    private long _sum;

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
        var all = await db.Records.AsNoTracking().Select(r => new { r.Id, r.Version }).ToListAsync(cancellationToken);
        foreach (var r in all)
        {
            _versions[r.Id] = r.Version;
        }
        (_count, _sum) = (all.Count, all.Sum(r => (long)r.Version));
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

    /// <summary>
    /// Every change of a record raises its version, so the count and the sum of versions change with any write. When
    /// they do, the versions are compared and the records that differ are read again.
    /// </summary>
    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConcordDbContext>();
        var count = await db.Records.CountAsync(cancellationToken);
        var sum = count == 0 ? 0 : await db.Records.SumAsync(r => (long)r.Version, cancellationToken);
        if (count == _count && sum == _sum)
        {
            return;
        }
        var versions = await db.Records.AsNoTracking().Select(r => new { r.Id, r.Version }).ToListAsync(cancellationToken);
        var stale = versions.Where(c => !_versions.TryGetValue(c.Id, out var v) || v != c.Version).Select(c => c.Id).ToList();
        (_count, _sum) = (count, sum);
        if (stale.Count == 0)
        {
            return;
        }
        var records = new List<Record>();
        foreach (var chunk in stale.Chunk(1000))
        {
            records.AddRange(await db.Records.AsNoTracking().Where(r => chunk.Contains(r.Id)).ToListAsync(cancellationToken));
        }
        foreach (var r in records)
        {
            _versions[r.Id] = r.Version;
        }
        await scope.ServiceProvider.GetRequiredService<RecordChanges>().CommittedAsync(records, cancellationToken);
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
