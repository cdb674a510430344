using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Data;

/// <summary>Brings the database to the current schema at start-up.</summary>
public sealed class DatabaseMigrator(ConcordDbContext db)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (db is SqliteConcordDbContext)
        {
            var file = db.Database.GetDbConnection().DataSource;
            var directory = Path.GetDirectoryName(file);
            if (!string.IsNullOrEmpty(directory))
            {
                System.IO.Directory.CreateDirectory(directory);
            }
        }
        await db.Database.MigrateAsync(cancellationToken);
        if (db is SqliteConcordDbContext)
        {
            // Readers do not block the writer; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>True when the database answers a trivial query.</summary>
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            return false;
        }
    }
}
