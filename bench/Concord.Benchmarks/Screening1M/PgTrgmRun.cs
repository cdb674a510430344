using System.Diagnostics;
using System.Globalization;
using Concord.Benchmarks.Synthetic;
using Npgsql;
using NpgsqlTypes;

namespace Concord.Benchmarks.Screening1M;

/// <summary>
/// PostgreSQL 15 pg_trgm: a private cluster in a temporary folder, listening on 127.0.0.1 only,
/// names (AnyAscii-transliterated) with a GiST trigram index, KNN queries
/// `ORDER BY name &lt;-&gt; $1 LIMIT 10`. The cluster is stopped and removed afterwards.
/// </summary>
internal static class PgTrgmRun
{
    public static SystemResult? Run(List<SynthEntry> list, List<SynthQuery> queries, int sample, int port)
    {
        if (port == 0)
        {
            port = FreePort();
        }
        var root = Directory.CreateTempSubdirectory("concord-pg-").FullName;
        var data = Path.Combine(root, "data");
        var asRoot = Environment.UserName == "root";
        try
        {
            if (asRoot)
            {
                Exec("chown", ["-R", "postgres:postgres", root]);
            }
            Exec(asRoot ? "runuser" : "initdb", asRoot ? ["-u", "postgres", "--", "initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale"] : ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale"]);
            var options = $"-p {port} -c listen_addresses=127.0.0.1 -k {root} -c shared_buffers=1GB -c maintenance_work_mem=1GB -c max_parallel_workers_per_gather=0 -c fsync=off";
            string[] start = ["-D", data, "-o", options, "-l", Path.Combine(root, "log"), "-w", "start"];
            Exec(asRoot ? "runuser" : "pg_ctl", asRoot ? ["-u", "postgres", "--", "pg_ctl", .. start] : start);
            var cs = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false;Timeout=30;Command Timeout=0";
            using var conn = new NpgsqlConnection(cs);
            conn.Open();
            var sw = Stopwatch.StartNew();
            Sql(conn, "CREATE EXTENSION pg_trgm; CREATE TABLE names (id text, name text);");
            using (var copy = conn.BeginBinaryImport("COPY names (id, name) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var e in list)
                {
                    copy.StartRow();
                    copy.Write(e.Id, NpgsqlDbType.Text);
                    copy.Write(AsciiNames.Normalize(e.Name).Trim(), NpgsqlDbType.Text);
                }
                copy.Complete();
            }
            Sql(conn, "CREATE INDEX names_trgm ON names USING gist (name gist_trgm_ops); ANALYZE names;");
            var build = sw.Elapsed.TotalSeconds;
            long indexBytes;
            using (var size = new NpgsqlCommand("SELECT pg_relation_size('names_trgm') + pg_relation_size('names')", conn))
            {
                indexBytes = (long)size.ExecuteScalar()!;
            }
            Console.Error.WriteLine($"  pg_trgm: loaded and indexed in {build:0.0} s, table+index {indexBytes / 1048576} MiB");
            var chosen = queries.Take(sample).ToList();
            var ranked = new List<List<string>>(chosen.Count);
            using var cmd = new NpgsqlCommand("SELECT id FROM names ORDER BY name <-> $1 LIMIT 10", conn);
            var p = cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text });
            cmd.Prepare();
            p.Value = AsciiNames.Normalize(queries[^1].Name).Trim();
            cmd.ExecuteNonQuery(); // warm-up
            sw.Restart();
            foreach (var q in chosen)
            {
                p.Value = AsciiNames.Normalize(q.Name).Trim();
                var ids = new List<string>(10);
                using (var r = cmd.ExecuteReader())
                {
                    while (r.Read())
                    {
                        ids.Add(r.GetString(0));
                    }
                }
                ranked.Add(ids);
            }
            sw.Stop();
            var (r1, r10) = EngineRun.Recall(chosen, ranked);
            return new SystemResult("PostgreSQL 15 pg_trgm KNN (GiST)", build, chosen.Count / sw.Elapsed.TotalSeconds, chosen.Count, r1, r10, indexBytes, 0,
                string.Create(CultureInfo.InvariantCulture, $"one connection (pg_trgm KNN does not parallelise a query); sample of {chosen.Count} queries; 'managed' column = table+index size on disk"))
            {
                Hits10 = chosen.Select((q, i) => ranked[i].Contains(q.ExpectedId)).ToArray(),
            };
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine($"  pg_trgm: not measured: {ex.Message}");
            return null;
        }
        finally
        {
            try
            {
                string[] stop = ["-D", data, "-m", "fast", "-w", "stop"];
                if (File.Exists(Path.Combine(data, "postmaster.pid")))
                {
                    Exec(asRoot ? "runuser" : "pg_ctl", asRoot ? ["-u", "postgres", "--", "pg_ctl", .. stop] : stop);
                }
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on now (other clusters may run on this machine).</summary>
    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static void Sql(NpgsqlConnection conn, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, conn);
        cmd.ExecuteNonQuery();
    }

    private static void Exec(string file, string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({p.ExitCode}): {stderr} {stdout.Result}");
        }
    }
}
