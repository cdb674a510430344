using Concord.Core;
using Concord.Core.Accounts;
using Concord.Core.Data;
using Concord.Core.Federation;
using Concord.Web.Accounts;
using Concord.Web.Audit;
using Concord.Web.Directory;
using Concord.Web.Federation;
using Concord.Web.Messages;
using Concord.Web.Localization;
using Concord.Web.Records;
using Concord.Web.Screening;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace Concord.Web.Hosting;

/// <summary>The services and the request pipeline of a web node.</summary>
public static class NodeSetup
{
    public static WebApplicationBuilder AddConcordNode(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddConcordCore(builder.Configuration, demoByDefault: builder.Environment.IsDevelopment());

        services.AddIdentityCore<ConcordUser>(IdentityPolicy.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ConcordDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ConcordClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddDefaultTokenProviders();
        services.AddConcordAuthentication();

        services.AddConcordLocalization();
        // Chinese and Cyrillic text is written as characters, not as numeric character references.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Account/SignIn");
            o.Conventions.AllowAnonymousToPage("/Account/TwoFactor");
            o.Conventions.AllowAnonymousToPage("/Account/SignOut");
            o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            o.Conventions.AllowAnonymousToPage("/Error");
        }).AddViewLocalization().AddDataAnnotationsLocalization(o =>
            o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

        services.AddConcordProblemDetails();
        services.AddOpenApi(o => o.AddDocumentTransformer<OpenApiDocumentInfo>());
        services.AddHttpContextAccessor();
        services.AddScoped<CallerAccessor>();
        services.AddSingleton<DemoCredentials>();
        services.AddSingleton<ImportJobs>();
        services.AddAntiforgery(o => o.Cookie.Name = "concord.csrf");
        services.AddHostedService<DeliveryWorker>();
        // Cookie and token protection keys live with the node's data, so that sign-ins survive restarts.
        var dataDirectory = builder.Configuration[StorageOptions.Section + ":DataDirectory"] is { Length: > 0 } d ? d : "./data";
        services.AddDataProtection()
            .SetApplicationName("Concord")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetFullPath(dataDirectory), "keys")));
        return builder;
    }

    public static WebApplication UseConcordNode(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseConcordErrors();
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<AccountObligations>();

        app.MapGet("/healthz", async (DatabaseMigrator database, CancellationToken ct) =>
            await database.IsHealthyAsync(ct) ? Results.Text("ok") : Results.Text("database unavailable", statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithName("Health").WithSummary("200 when the node's database answers.").AllowAnonymous().ExcludeFromDescription();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Concord API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        app.MapLanguageEndpoints();

        var api = app.MapGroup("/api/v1").RequireAuthorization(AuthenticationSetup.ApiPolicy);
        api.MapAccountEndpoints();
        api.MapDirectoryEndpoints();
        api.MapAuditEndpoints();
        api.MapRecordEndpoints();
        api.MapScreeningEndpoints();
        api.MapMessageEndpoints();
        app.MapFederationEndpoints();

        app.MapRazorPages();
        return app;
    }

    /// <summary>Migrates, loads reference data, makes roles and (demo) accounts; prints demo credentials once.</summary>
    public static async Task PrepareNodeAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Resolve the validated settings first, so that a bad setting is reported before anything is touched.
        _ = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<NodeStartup>().ExecuteAsync();
        var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        Console.WriteLine(storage.Provider == StorageOptions.Postgres
            ? "Concord: database PostgreSQL " + DescribePostgres(storage.PostgresConnectionString)
            : "Concord: database SQLite " + storage.SqliteFile);
        Console.WriteLine($"Concord: reference data {report.Reference.Version} ({(report.Reference.Changed ? "loaded" : "unchanged")}, sha256 {report.Reference.Sha256[..16]})");
        Console.WriteLine("Concord: prepared in " + string.Join(", ", report.Steps.Select(s =>
            s.Step + " " + s.Took.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s")));
        var federation = app.Services.GetRequiredService<FederationNode>();
        if (federation.IsFederated)
        {
            var keys = federation.Keys;
            Console.WriteLine($"Concord: federation node {federation.NodeId}, signing key {keys.SigningPublic.Thumbprint}, "
                + $"{federation.Registry.Current.Peers.Count} peers in the registry, hub {federation.Registry.Current.Hub ?? "none"}");
        }
        app.Services.GetRequiredService<DemoCredentials>().Add(report.DemoAccounts);
        DemoCredentials.Print(report.DemoAccounts, Console.Out);
    }

    /// <summary>Host, port and database of a connection string; never the password.</summary>
    private static string DescribePostgres(string? connectionString)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"{b.Host}:{b.Port}/{b.Database}";
    }
}
