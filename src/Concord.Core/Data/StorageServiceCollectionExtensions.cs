using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Concord.Core.Data;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the node's database: <see cref="ConcordDbContext"/> resolves to the SQLite or PostgreSQL subclass
    /// chosen by Storage:Provider. Settings are validated when the host starts.
    /// </summary>
    public static IServiceCollection AddConcordStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Configure(o => o.PostgresConnectionString ??= configuration.GetConnectionString("Postgres"))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.TryAddTimeProvider();

        var provider = configuration[StorageOptions.Section + ":Provider"] ?? StorageOptions.Sqlite;
        if (string.Equals(provider, StorageOptions.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContext<PostgresConcordDbContext>((sp, o) => o.UseNpgsql(
                sp.GetRequiredService<IOptions<StorageOptions>>().Value.PostgresConnectionString,
                npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory")));
            services.AddScoped<ConcordDbContext>(sp => sp.GetRequiredService<PostgresConcordDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteConcordDbContext>((sp, o) => o.UseSqlite(
                SqliteConnectionString(sp.GetRequiredService<IOptions<StorageOptions>>().Value)));
            services.AddScoped<ConcordDbContext>(sp => sp.GetRequiredService<SqliteConcordDbContext>());
        }
        services.AddScoped<DatabaseMigrator>();
        return services;
    }

    public static string SqliteConnectionString(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SqliteConnectionStringBuilder
        {
            DataSource = options.SqliteFile,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}

/// <summary>Runs the IValidatableObject rules of <see cref="StorageOptions"/> (ValidateDataAnnotations checks attributes only on nested members).</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options))
            .Select(r => r.ErrorMessage ?? "invalid storage setting")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
