using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Cli.Hosting;
using Concord.Core;
using Concord.Core.Access;
using Concord.Core.Accounts;
using Concord.Core.Data;
using Concord.Core.Directory;
using Concord.Core.Federation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Cli.Network;

/// <summary>
/// `concord network init`: a local network of nodes for demos and tests. For each node DIR/&lt;node&gt;/ gets node.json
/// (port, SQLite data directory, node id, organisation, key and registry files), its key pair, the shared peer
/// registry, a database with a service account, and that account's API token in DIR/&lt;node&gt;/token.
/// </summary>
public static class NetworkInitCommand
{
    public static Command Create()
    {
        var dir = new Option<string>("--dir") { Description = "Directory to create the nodes in (DIR/<node>/).", Required = true };
        var nodes = new Option<string>("--nodes") { Description = "Node ids, comma-separated: rats, secretariat, or member states' codes (cn, kz, ru, ...).", Required = true };
        var basePort = new Option<int>("--base-port") { Description = "Port of the first node; the others follow (base-port + index).", DefaultValueFactory = _ => 5100 };
        var organisations = new Option<string[]>("--organisation")
        {
            Description = "The organisation that answers for a node, as node=organisation (default: the state's security service; rats-executive-committee for rats).",
            AllowMultipleArgumentsPerToken = true,
        };
        var hub = new Option<bool>("--route-via-hub") { Description = "Make the national nodes send to each other through the rats hub, sealed end to end." };
        var force = new Option<bool>("--force") { Description = "Replace node directories that already exist." };
        var init = new Command("init", "Create a local network of nodes on 127.0.0.1 (keys, peer registry, databases, service-account tokens).")
        {
            dir, nodes, basePort, organisations, hub, force,
        };
        init.SetAction(async (parse, ct) =>
        {
            var root = Path.GetFullPath(parse.GetValue(dir)!);
            var ids = parse.GetValue(nodes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => n.ToLowerInvariant()).Distinct().ToList();
            var overrides = (parse.GetValue(organisations) ?? []).Select(o => o.Split('=', 2)).Where(p => p.Length == 2)
                .ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim(), StringComparer.Ordinal);
            return await InitAsync(root, ids, parse.GetValue(basePort), overrides, parse.GetValue(hub), parse.GetValue(force), ct);
        });
        return new Command("network", "Local networks of federated nodes for demos and tests.") { init };
    }

    private sealed record Plan(string Id, int Port, string Organisation, string Directory, NodeKeys Keys);

    public static async Task<int> InitAsync(string root, IReadOnlyList<string> ids, int basePort, IReadOnlyDictionary<string, string> organisationOverrides,
        bool routeViaHub, bool force, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(organisationOverrides);
        if (ids.Count == 0 || basePort is < 1024 or > 65000)
        {
            await Console.Error.WriteLineAsync("error: give at least one node and a base port between 1024 and 65000.");
            return ConcordCli.UsageError;
        }
        var reference = NodeStartup.ReadReferenceData(new NodeOptions());
        var plans = new List<Plan>();
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            var organisation = organisationOverrides.TryGetValue(id, out var chosen) ? chosen : DefaultOrganisation(id, reference.Organisations);
            var found = reference.Organisations.FirstOrDefault(o => o.Id == organisation);
            if (organisation is null || found is null || NodeAddressing.HomeNode(found) != id)
            {
                await Console.Error.WriteLineAsync($"error: '{id}' is not a node id (rats, secretariat, or a state code in the reference data), or its organisation '{organisation}' is not served by it.");
                return ConcordCli.InputErrors;
            }
            var directory = Path.Combine(root, id);
            if (File.Exists(Path.Combine(directory, "node.json")))
            {
                if (!force)
                {
                    await Console.Error.WriteLineAsync($"error: {directory} already holds a node; use --force to replace it.");
                    return ConcordCli.InputErrors;
                }
                System.IO.Directory.Delete(directory, recursive: true);
            }
            System.IO.Directory.CreateDirectory(directory);
            plans.Add(new Plan(id, basePort + i, organisation, directory, NodeKeys.Generate()));
        }

        var hub = plans.Any(p => p.Id == NodeAddressing.Rats) ? NodeAddressing.Rats : null;
        var registry = PeerSet.Format(plans.Select(p => FederationNode.Describe(p.Id, NameOf(p.Id, reference.States), new Uri(UrlOf(p)), p.Organisation, p.Keys)), hub);
        foreach (var plan in plans)
        {
            var keyFile = Path.Combine(plan.Directory, "node-keys.jwk.json");
            plan.Keys.Save(keyFile);
            var peersFile = Path.Combine(plan.Directory, "peers.json");
            await File.WriteAllTextAsync(peersFile, registry, ct);
            var dataDirectory = Path.Combine(plan.Directory, "data");
            var settings = new JsonObject
            {
                ["Urls"] = UrlOf(plan),
                ["Storage"] = new JsonObject { ["Provider"] = StorageOptions.Sqlite, ["DataDirectory"] = dataDirectory },
                ["Concord"] = new JsonObject { ["Demo"] = false },
                ["Federation"] = new JsonObject
                {
                    ["NodeId"] = plan.Id,
                    ["OrganisationId"] = plan.Organisation,
                    ["KeyFile"] = keyFile,
                    ["PeersFile"] = peersFile,
                    ["RouteViaHub"] = routeViaHub && hub is not null && plan.Id != hub,
                },
                ["Logging"] = new JsonObject { ["LogLevel"] = new JsonObject { ["Default"] = "Warning", ["Concord"] = "Information" } },
            };
            await File.WriteAllTextAsync(Path.Combine(plan.Directory, "node.json"), settings.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), ct);
            var token = await ProvisionAsync(plan, dataDirectory, ct);
            var tokenFile = Path.Combine(plan.Directory, "token");
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            await using (var stream = new FileStream(tokenFile, options))
            await using (var writer = new StreamWriter(stream))
            {
                await writer.WriteAsync(token);
            }
            Console.WriteLine($"{plan.Id,-12} {UrlOf(plan),-24} {plan.Organisation,-26} {plan.Directory}");
        }
        Console.WriteLine();
        Console.WriteLine($"Run a node:  dotnet run --project src/Concord.Web -- --node-dir {Path.Combine(root, plans[0].Id)}");
        Console.WriteLine($"API token:   {Path.Combine(root, plans[0].Id, "token")} (service account; send with Authorization: Bearer <token>)");
        return ConcordCli.Success;
    }

    /// <summary>Creates the node's database, its service account and an API token (returned, never printed).</summary>
    private static async Task<string> ProvisionAsync(Plan plan, string dataDirectory, CancellationToken ct)
    {
        using var host = CliHost.Build(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = StorageOptions.Sqlite,
            ["Storage:DataDirectory"] = dataDirectory,
            ["Concord:Demo"] = "false",
        });
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<NodeStartup>().ExecuteAsync(ct);
        var organisation = await services.GetRequiredService<ConcordDbContext>().Organisations.AsNoTracking().FirstAsync(o => o.Id == plan.Organisation, ct);
        // The node's service account acts for its national central point: it sees its state's traffic (national coordinator).
        var roles = organisation.Kind == OrganisationKinds.NationalAgency ? Role.Officer | Role.NationalCoordinator : Role.Officer | Role.Analyst;
        var account = await services.GetRequiredService<CreateAccount>().ExecuteAsync(CliHost.Operator,
            new NewAccount("node." + plan.Id, "Service account of node " + plan.Id, plan.Organisation, roles, "en", IsServiceAccount: true), ct);
        if (!account.IsSuccess)
        {
            throw new InvalidOperationException("Could not create the service account: " + string.Join("; ", account.Errors));
        }
        return await services.GetRequiredService<ApiTokens>().IssueAsync(CliHost.Operator.Actor, account.Value.UserId, "network init", cancellationToken: ct);
    }

    private static string UrlOf(Plan plan) => "http://127.0.0.1:" + plan.Port.ToString(CultureInfo.InvariantCulture);

    private static string? DefaultOrganisation(string id, IReadOnlyList<Organisation> organisations) => id switch
    {
        NodeAddressing.Rats => "rats-executive-committee",
        NodeAddressing.Secretariat => NodeAddressing.Secretariat,
        _ => organisations.FirstOrDefault(o => o.Kind == OrganisationKinds.NationalAgency && string.Equals(o.StateCode, id, StringComparison.OrdinalIgnoreCase) && o.AgencyKind == "security-service")?.Id
            ?? organisations.FirstOrDefault(o => o.Kind == OrganisationKinds.NationalAgency && string.Equals(o.StateCode, id, StringComparison.OrdinalIgnoreCase))?.Id,
    };

    private static string NameOf(string id, IReadOnlyList<State> states) => id switch
    {
        NodeAddressing.Rats => "RATS Executive Committee (hub)",
        NodeAddressing.Secretariat => "SCO Secretariat",
        _ => (states.FirstOrDefault(s => string.Equals(s.Code, id, StringComparison.OrdinalIgnoreCase))?.Name.En ?? id.ToUpperInvariant()) + " national node",
    };
}
