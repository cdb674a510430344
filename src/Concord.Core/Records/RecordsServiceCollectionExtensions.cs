using Concord.Core.Records.Demo;
using Concord.Core.Records.Imports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Concord.Core.Records;

public static class RecordsServiceCollectionExtensions
{
    /// <summary>The RATS database: settings, the node's search index, the use cases, and the background jobs (they run in the web node only).</summary>
    public static IServiceCollection AddConcordRecords(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RecordsOptions>().Bind(configuration.GetSection(RecordsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RecordSearchIndex>();
        services.TryAddSingleton<IHitNoticeSink, LocalHitNoticeSink>();
        services.AddScoped<RecordChanges>();
        services.AddScoped<CreateRecord>();
        services.AddScoped<UpdateRecord>();
        services.AddScoped<RecordOwnerAction>();
        services.AddScoped<WithdrawRecord>();
        services.AddScoped<RenewRecord>();
        services.AddScoped<DeleteRecord>();
        services.AddScoped<GetRecord>();
        services.AddScoped<ListOwnRecords>();
        services.AddScoped<SearchRecords>();
        services.AddScoped<Screening.ScreenNames>();
        services.AddScoped<ListHitNotices>();
        services.AddScoped<DecideHitNotice>();
        services.AddScoped<FlagRecordsForReview>();
        services.AddScoped<RecordImporter>();
        services.AddScoped<ImportRecords>();
        services.AddScoped<ExportStix>();
        services.AddScoped<SeedDemoRecords>();
        services.AddHostedService<RecordIndexService>();
        services.AddHostedService<RecordReviewJob>();
        return services;
    }
}
