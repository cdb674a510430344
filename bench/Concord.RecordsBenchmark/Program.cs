using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Concord.Core.Accounts;
using Concord.Core.Audit;
using Concord.Core.Data;
using Concord.Core.Records;
using Concord.Core.Records.Demo;
using Concord.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// records-search [RECORDS=100000] [QUERIES=1000] [sqlite|postgres CONNECTION]
// Starts a node on 127.0.0.1 with RECORDS synthetic records, then sends QUERIES searches through POST /api/v1/records/search
// one after another as an officer of another state (so restricted hits also write hit notices) and reports p50/p95/p99.
if (args.Length == 0 || args[0] != "records-search")
{
    Console.Error.WriteLine("usage: Concord.RecordsBenchmark records-search [RECORDS=100000] [QUERIES=1000] [postgres CONNECTION-STRING]");
    return 2;
}
var records = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
var queries = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
var postgres = args.Length > 4 && args[3] == "postgres" ? args[4] : null;
var data = Path.Combine(Path.GetTempPath(), "concord-bench-" + Guid.NewGuid().ToString("N")[..8]);
var root = FindRoot();

var app = await NodeProgram.BuildAsync(
    new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = Path.Combine(root, "src", "Concord.Web"), ApplicationName = "Concord.Web" },
    builder =>
    {
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Concord:Demo"] = "true",
            ["Records:DemoData"] = "false",
            ["Storage:Provider"] = postgres is null ? "sqlite" : "postgres",
            ["Storage:DataDirectory"] = data,
            ["ConnectionStrings:Postgres"] = postgres ?? "",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
        });
    });

var seedWatch = Stopwatch.StartNew();
string token;
List<string> names;
await using (var scope = app.Services.CreateAsyncScope())
{
    // The generator adds organisations, materials and incidents to the persons: about 10.3 % more records.
    var written = await scope.ServiceProvider.GetRequiredService<SeedDemoRecords>().SeedSyntheticAsync((int)Math.Round(records / 1.103), CancellationToken.None);
    Console.WriteLine($"seeded {written} records in {seedWatch.Elapsed.TotalSeconds:0.0} s");
    var db = scope.ServiceProvider.GetRequiredService<ConcordDbContext>();
    var sample = await EntityFrameworkQueryableExtensions.AsNoTracking(db.Records).Where(r => r.Kind == "person").OrderBy(r => r.Id).Select(r => r.DisplayName).Take(20000).ToListAsync();
    var random = new Random(42);
    names = [.. Enumerable.Range(0, queries + 50).Select(i => i % 5 == 4 ? "Johnathan Q. Nobody " + i.ToString(CultureInfo.InvariantCulture) : sample[random.Next(sample.Count)])];
    var users = scope.ServiceProvider.GetRequiredService<UserManager<ConcordUser>>();
    var user = await users.FindByNameAsync("kg.officer") ?? throw new InvalidOperationException("no demo account");
    token = await scope.ServiceProvider.GetRequiredService<ApiTokens>().IssueAsync(Actor.System, user.Id, "benchmark");
}

var indexWatch = Stopwatch.StartNew();
await app.StartAsync();
var index = app.Services.GetRequiredService<RecordSearchIndex>();
await index.WhenReady;
Console.WriteLine($"index of {index.Count} active records ready {indexWatch.Elapsed.TotalSeconds:0.0} s after start");

var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
using var client = new HttpClient { BaseAddress = new Uri(address) };
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
var times = new List<double>();
var hits = 0;
var restricted = 0;
for (var i = 0; i < names.Count; i++)
{
    var watch = Stopwatch.StartNew();
    using var response = await client.PostAsJsonAsync("/api/v1/records/search", new { name = names[i], purpose = "benchmark: border screening", top = 20 });
    var result = await response.Content.ReadFromJsonAsync<SearchResult>();
    watch.Stop();
    if (!response.IsSuccessStatusCode || result is null)
    {
        Console.Error.WriteLine("search failed: " + response.StatusCode);
        return 1;
    }
    if (i >= 50)
    {
        times.Add(watch.Elapsed.TotalMilliseconds);
        hits += result.Hits.Count;
        restricted += result.Restricted.Count;
    }
}
times.Sort();
double P(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{times.Count} searches over {index.Count} records ({(postgres is null ? "SQLite" : "PostgreSQL")}): p50 {P(0.50):0.0} ms, p95 {P(0.95):0.0} ms, p99 {P(0.99):0.0} ms, mean {times.Average():0.0} ms, max {times[^1]:0.0} ms; {hits} visible and {restricted} restricted hits"));
await app.StopAsync();
await app.DisposeAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
try
{
    Directory.Delete(data, recursive: true);
}
catch (IOException)
{
}
return 0;

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Concord.slnx")))
    {
        dir = dir.Parent;
    }
    return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
}

internal sealed record SearchResult(List<object> Hits, List<object> Restricted);
