using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace Concord.Benchmarks.Exchange;

/// <summary>
/// A local network of real node processes on 127.0.0.1, made with `concord network init` and run as
/// `dotnet Concord.Web.dll --node-dir DIR/&lt;node&gt;`: start, kill -9, restart, call the API, read the databases.
/// Used by the fault test in the test suite, by scripts/chaos-exchange.sh and by the exchange benchmark.
/// </summary>
public sealed class ExchangeNetwork : IAsyncDisposable
{
    private readonly Dictionary<string, NodeProcess> _nodes = new(StringComparer.Ordinal);
    private readonly Action<string> _log;

    private ExchangeNetwork(string directory, string repository, string configuration, IReadOnlyList<string> ids, int basePort, Action<string> log)
    {
        Directory = directory;
        Repository = repository;
        Configuration = configuration;
        BasePort = basePort;
        _log = log;
        for (var i = 0; i < ids.Count; i++)
        {
            _nodes[ids[i]] = new NodeProcess(this, ids[i], basePort + i);
        }
    }

    public string Directory { get; }
    public string Repository { get; }
    public string Configuration { get; }
    public int BasePort { get; }
    public IReadOnlyCollection<NodeProcess> Nodes => _nodes.Values;
    public NodeProcess this[string id] => _nodes[id];

    public string WebDll => Path.Combine(Repository, "src", "Concord.Web", "bin", Configuration, "net10.0", "Concord.Web.dll");
    public string CliDll => Path.Combine(Repository, "src", "Concord.Cli", "bin", Configuration, "net10.0", "concord.dll");

    internal void Log(string line) => _log(line);

    /// <summary>Runs `concord network init` for the given nodes on a free block of ports.</summary>
    public static async Task<ExchangeNetwork> CreateAsync(string directory, IReadOnlyList<string> ids, Action<string> log, string? extraInitArguments = null)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(log);
        var repository = FindRepository();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var basePort = FindFreePorts(ids.Count);
        var network = new ExchangeNetwork(directory, repository, configuration, ids, basePort, log);
        foreach (var dll in new[] { network.WebDll, network.CliDll })
        {
            if (!File.Exists(dll))
            {
                throw new InvalidOperationException($"{dll} is missing: build the solution ({configuration}) first.");
            }
        }
        var arguments = $"\"{network.CliDll}\" network init --dir \"{directory}\" --nodes {string.Join(',', ids)} --base-port {basePort.ToString(CultureInfo.InvariantCulture)} {extraInitArguments}";
        var (code, output) = await RunAsync("dotnet", arguments, TimeSpan.FromMinutes(5));
        if (code != 0)
        {
            throw new InvalidOperationException("concord network init failed: " + output);
        }
        log($"network init: {string.Join(", ", ids)} on ports {basePort}..{basePort + ids.Count - 1} in {directory}");
        return network;
    }

    /// <summary>Changes the Federation section of every node.json (before the nodes start).</summary>
    public void Configure(Action<JsonObject> federation)
    {
        ArgumentNullException.ThrowIfNull(federation);
        foreach (var node in _nodes.Values)
        {
            var file = Path.Combine(node.Directory, "node.json");
            var json = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            federation(json["Federation"]!.AsObject());
            File.WriteAllText(file, json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        }
    }

    /// <summary>Changes the whole node.json of every node (before the nodes start), e.g. its logging levels.</summary>
    public void ConfigureNodes(Action<JsonObject> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var node in _nodes.Values)
        {
            var file = Path.Combine(node.Directory, "node.json");
            var json = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            settings(json);
            File.WriteAllText(file, json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        }
    }

    public async Task StartAllAsync()
    {
        foreach (var node in _nodes.Values)
        {
            node.Start();
        }
        foreach (var node in _nodes.Values)
        {
            await node.WaitHealthyAsync(TimeSpan.FromMinutes(3));
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes.Values)
        {
            await node.StopAsync();
            node.Dispose();
        }
    }

    private static string FindRepository()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Concord.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Concord.slnx).");
    }

    /// <summary>
    /// A block of consecutive ports that are free now on 127.0.0.1, below the kernel's range of ephemeral ports: a
    /// port in that range can be taken at any moment as the local end of an outgoing connection (one node calling
    /// another), and a node restarted after kill -9 then fails to bind it.
    /// </summary>
    public static int FindFreePorts(int count)
    {
        var below = EphemeralLow() - count;
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var start = Random.Shared.Next(Math.Min(10_000, below - 1), below);
            var listeners = new List<TcpListener>();
            try
            {
                for (var i = 0; i < count; i++)
                {
                    var l = new TcpListener(IPAddress.Loopback, start + i);
                    l.Start();
                    listeners.Add(l);
                }
                return start;
            }
            catch (SocketException)
            {
                // Taken: try another block.
            }
            finally
            {
                listeners.ForEach(l => l.Stop());
            }
        }
        throw new InvalidOperationException("No free block of ports on 127.0.0.1.");
    }

    /// <summary>The first ephemeral port (Linux: /proc/sys/net/ipv4/ip_local_port_range; 32768 where it cannot be read).</summary>
    public static int EphemeralLow()
    {
        const string file = "/proc/sys/net/ipv4/ip_local_port_range";
        if (File.Exists(file) && File.ReadAllText(file).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is [var low, ..]
            && int.TryParse(low, NumberStyles.Integer, CultureInfo.InvariantCulture, out var port) && port > 2_000)
        {
            return port;
        }
        return 32_768;
    }

    internal static async Task<(int Code, string Output)> RunAsync(string file, string arguments, TimeSpan timeout)
    {
        using var process = new Process
        {
            StartInfo = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false },
        };
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {arguments} did not finish in {timeout}.");
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}

/// <summary>One node process: its directory, URL, token and database.</summary>
public sealed class NodeProcess : IDisposable
{
    private readonly ExchangeNetwork _network;
    private Process? _process;
    private HttpClient? _client;

    internal NodeProcess(ExchangeNetwork network, string id, int port)
    {
        _network = network;
        Id = id;
        Port = port;
        BaseAddress = new Uri("http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture) + "/");
    }

    public string Id { get; }
    public int Port { get; }
    public Uri BaseAddress { get; }
    public string Directory => Path.Combine(_network.Directory, Id);
    public string Token => File.ReadAllText(Path.Combine(Directory, "token")).Trim();
    public string DatabaseFile => Path.Combine(Directory, "data", "concord.db");
    public bool IsRunning => _process is { HasExited: false };
    public int Restarts { get; private set; }
    public int? ProcessId => _process?.Id;

    /// <summary>An API client with this node's service-account token.</summary>
    public HttpClient Client => _client ??= CreateClient();

    private HttpClient CreateClient()
    {
        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1), ConnectTimeout = TimeSpan.FromSeconds(3) })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    public void Start()
    {
        if (IsRunning)
        {
            return;
        }
        _process?.Dispose();
        var log = Path.Combine(_network.Directory, Id + ".log");
        var start = new ProcessStartInfo("dotnet", $"\"{_network.WebDll}\" --node-dir \"{Directory}\"")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node " + Id);
        var writer = TextWriter.Synchronized(new StreamWriter(log, append: true) { AutoFlush = true });
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) { writer.WriteLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { writer.WriteLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"Node {Id} exited with code {_process.ExitCode} while starting; see {Id}.log.");
            }
            try
            {
                using var response = await probe.GetAsync("healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Node {Id} did not become healthy within {timeout}.");
    }

    /// <summary>
    /// Points this node's copy of the peer registry for <paramref name="peer"/> at another URL (the node re-reads the
    /// file when it changes). The exchange benchmark closes a route this way, to queue messages at a sender while the
    /// receiver keeps running (warm), and opens it again.
    /// </summary>
    public void SetPeerUrl(string peer, Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var file = Path.Combine(Directory, "peers.json");
        var json = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        foreach (var p in json["peers"]!.AsArray())
        {
            if ((string?)p!["id"] == peer)
            {
                p["url"] = url.ToString().TrimEnd('/');
            }
        }
        var temporary = file + ".tmp";
        File.WriteAllText(temporary, json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        File.Move(temporary, file, overwrite: true);
    }

    /// <summary>kill -9: no shutdown, no flush, nothing but what the database already committed survives.</summary>
    public void KillHard()
    {
        if (_process is { HasExited: false } p)
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit(10_000);
        }
    }

    public async Task RestartAsync(TimeSpan pause)
    {
        KillHard();
        await Task.Delay(pause);
        Start();
        Restarts++;
        await WaitHealthyAsync(TimeSpan.FromMinutes(3));
    }

    /// <summary>A graceful stop (SIGTERM), so that the node shuts its delivery worker down cleanly.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } p)
        {
            using (var kill = Process.Start(new ProcessStartInfo("kill", "-TERM " + p.Id.ToString(CultureInfo.InvariantCulture)) { UseShellExecute = false }))
            {
                kill?.WaitForExit();
            }
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await p.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                p.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>POST /api/v1/messages; returns the id, or null when the node did not answer (down, restarting).</summary>
    public async Task<(HttpStatusCode? Status, Guid? Id)> TrySendAsync(JsonObject body)
    {
        try
        {
            using var response = await Client.PostAsJsonAsync("api/v1/messages", body);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                return (response.StatusCode, null);
            }
            var answer = await response.Content.ReadFromJsonAsync<JsonObject>();
            return (response.StatusCode, Guid.Parse((string)answer!["id"]!, CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return (null, null);
        }
    }

    /// <summary>Sends messages in one POST /api/v1/messages/batch; their ids in order, or the status when refused.</summary>
    public async Task<(HttpStatusCode? Status, IReadOnlyList<Guid>? Ids)> TrySendBatchAsync(IReadOnlyList<JsonObject> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        try
        {
            using var response = await Client.PostAsJsonAsync("api/v1/messages/batch", new JsonObject { ["messages"] = new JsonArray([.. messages]) });
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                return (response.StatusCode, null);
            }
            var answer = await response.Content.ReadFromJsonAsync<JsonObject>();
            return (response.StatusCode, [.. answer!["messages"]!.AsArray().Select(m => Guid.Parse((string)m!["id"]!, CultureInfo.InvariantCulture))]);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return (null, null);
        }
    }

    /// <summary>A read-only connection to the node's SQLite database (WAL: readable while the node runs).</summary>
    public SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        return connection;
    }

    public long Scalar(string sql)
    {
        using var connection = OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        _client?.Dispose();
        _process?.Dispose();
    }
}
