using System.Net.Http.Headers;
using Concord.Core.Accounts;
using Concord.Core.Audit;
using Concord.Core.Data;
using Concord.Core.Federation;
using Concord.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Tests.Federation;

/// <summary>
/// Several in-process nodes on 127.0.0.1 (random ports) that trust each other: each has its own storage (SQLite or
/// PostgreSQL) and keys; the shared peer registry is written once all are listening (nodes re-read it when it changes).
/// </summary>
public sealed class FederatedNodes : IAsyncDisposable
{
    private readonly Dictionary<string, TestNode> _nodes = new(StringComparer.Ordinal);
    private readonly string _directory = TestPaths.NewTempDirectory("concord-federation");

    public TestNode this[string id] => _nodes[id];
    public string PeersFile => Path.Combine(_directory, "peers.json");

    /// <summary>Two nodes: Kazakhstan (kz-knb) and China (cn-mss).</summary>
    public static readonly IReadOnlyDictionary<string, string> KzCn = new Dictionary<string, string> { ["kz"] = "kz-knb", ["cn"] = "cn-mss" };

    public static async Task<FederatedNodes> StartAsync(StorageKind kind, IReadOnlyDictionary<string, string> nodes, bool routeViaHub = false)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var network = new FederatedNodes();
        foreach (var (id, organisation) in nodes)
        {
            network._nodes[id] = await TestNode.StartAsync(kind, new Dictionary<string, string?>
            {
                ["Federation:NodeId"] = id,
                ["Federation:OrganisationId"] = organisation,
                ["Federation:PeersFile"] = network.PeersFile,
                ["Federation:KeyFile"] = Path.Combine(network._directory, id + "-keys.jwk.json"),
                ["Federation:RouteViaHub"] = routeViaHub ? "true" : "false",
                ["Federation:MinBackoffMilliseconds"] = "50",
                ["Federation:MaxBackoffMilliseconds"] = "500",
                ["Federation:PollMilliseconds"] = "200",
            });
        }
        var hub = nodes.ContainsKey(NodeAddressing.Rats) ? NodeAddressing.Rats : null;
        await File.WriteAllTextAsync(network.PeersFile, PeerSet.Format(nodes.Select(n =>
        {
            var node = network[n.Key];
            return FederationNode.Describe(n.Key, n.Key, node.BaseAddress, n.Value, node.Services.GetRequiredService<FederationNode>().Keys);
        }), hub));
        return network;
    }

    /// <summary>An API client for a demo account of a node (a token is issued for it).</summary>
    public async Task<HttpClient> ClientAsync(string node, string userName)
    {
        var token = await this[node].InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ConcordDbContext>();
            var user = await db.Users.AsNoTracking().FirstAsync(u => u.UserName == userName);
            return await sp.GetRequiredService<ApiTokens>().IssueAsync(Actor.System, user.Id, "test");
        });
        var client = this[node].CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public Task<T> InDatabaseAsync<T>(string node, Func<ConcordDbContext, Task<T>> work) =>
        this[node].InScopeAsync(sp => work(sp.GetRequiredService<ConcordDbContext>()));

    /// <summary>Polls until the condition holds (deliveries are asynchronous), failing after the timeout.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail("Timed out waiting until " + what);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes.Values)
        {
            await node.DisposeAsync();
        }
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
