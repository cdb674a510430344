using Concord.Core.Access;
using Concord.Core.Accounts;
using Concord.Core.Audit;
using Concord.Core.Data;
using Concord.Core.Directory;
using Concord.Core.Records;
using Concord.Core.Federation;
using Concord.Core.Messages;
using Concord.Core.Reference;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Storage, options and the use cases of Core. The host adds Identity's stores (web or CLI).</summary>
    public static IServiceCollection AddConcordCore(this IServiceCollection services, IConfiguration configuration, bool demoByDefault)
    {
        services.AddConcordStorage(configuration);
        services.AddOptions<NodeOptions>()
            .Configure(o => o.Demo = demoByDefault)
            .Bind(configuration.GetSection(NodeOptions.Section));

        services.AddScoped<AccessGate>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<NodeStartup>();
        services.AddScoped<LoadReferenceData>();
        services.AddSingleton<OrganisationCache>();
        services.AddScoped<EnsureRoles>();
        services.AddScoped<CreateAccount>();
        services.AddScoped<CreateDemoAccounts>();
        services.AddSingleton<ApiTokenCache>();
        services.AddScoped<ApiTokens>();
        services.AddScoped<GetStructure>();
        services.AddScoped<FindCompetentAuthorities>();
        services.AddScoped<QueryAuditLog>();
        services.AddScoped<VerifyAuditLog>();
        // Hit notices about records owned on other nodes travel to the owner through the secure exchange.
        services.AddScoped<IHitNoticeSink, ForwardHitNotices>();
        services.AddConcordRecords(configuration);

        services.AddOptions<FederationOptions>().Bind(configuration.GetSection(FederationOptions.Section));
        services.AddSingleton<PeerRegistry>();
        services.AddSingleton<FederationNode>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<WriteGate>();
        services.AddSingleton<SendCommitter>();
        services.AddScoped<SendMessage>();
        services.AddScoped<ListMessages>();
        services.AddScoped<GetMessage>();
        services.AddScoped<GetAttachment>();
        services.AddScoped<ReceiveEnvelopes>();
        return services;
    }
}
