using System.Net;
using Concord.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concord.Tests.Support;

/// <summary>A real node on 127.0.0.1 with a random port, on SQLite or PostgreSQL, with demo accounts.</summary>
public sealed class TestNode : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestStorage? _ownedStorage;

    private TestNode(WebApplication app, TestStorage storage, TestStorage? ownedStorage)
    {
        _app = app;
        Storage = storage;
        _ownedStorage = ownedStorage;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public Uri BaseAddress { get; }
    public TestStorage Storage { get; }
    public IServiceProvider Services => _app.Services;

    public DemoCredentials Demo => Services.GetRequiredService<DemoCredentials>();

    /// <summary>Passwords that tests set on this node's accounts (demo accounts start with their one-time password).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> Passwords { get; } = new(StringComparer.Ordinal);

    /// <summary>Authenticator keys of accounts enrolled on this node by tests.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> AuthenticatorKeys { get; } = new(StringComparer.Ordinal);

    public static Task<TestNode> StartAsync(StorageKind kind, IDictionary<string, string?>? settings = null, string environment = "Production") =>
        StartAsync(new TestStorage(kind), settings, environment, ownsStorage: true);

    public static async Task<TestNode> StartAsync(TestStorage storage, IDictionary<string, string?>? settings = null, string environment = "Production", bool ownsStorage = false)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var app = await NodeProgram.BuildAsync(
            new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = TestPaths.WebProject, ApplicationName = "Concord.Web" },
            builder =>
            {
                builder.WebHost.UseUrls("http://127.0.0.1:0");
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Concord:Demo"] = "true",
                    // The synthetic RATS demo set is seeded only by the tests that ask for it (Records:DemoData=true).
                    ["Records:DemoData"] = "false",
                    ["Logging:LogLevel:Default"] = "Warning",
                    ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
                });
                builder.Configuration.AddInMemoryCollection(storage.Settings);
                if (settings is not null)
                {
                    builder.Configuration.AddInMemoryCollection(settings);
                }
            });
        await app.StartAsync();
        return new TestNode(app, storage, ownsStorage ? storage : null);
    }

    /// <summary>An HTTP client with its own cookie jar; redirects are followed unless asked otherwise.</summary>
    public HttpClient CreateClient(bool followRedirects = true, string? acceptLanguage = null)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = followRedirects, UseCookies = true };
        var client = new HttpClient(handler) { BaseAddress = BaseAddress };
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }
        return client;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Whether the node's audit chain verifies end to end (checked as an auditor would).</summary>
    public async Task<bool> AuditIntactAsync() =>
        await InScopeAsync(async sp => (await sp.GetRequiredService<Core.Audit.VerifyAuditLog>().ExecuteAsync(Core.Access.Caller.System with
        {
            Subject = new Core.Access.Subject("system", "", null, Core.Access.Role.Auditor),
        })).Value.Intact);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _ownedStorage?.Dispose();
    }
}
