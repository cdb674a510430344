using System.IO.Compression;

namespace Concord.Tests.Matching;

/// <summary>
/// Real lists for the matching tests, shipped in the repository so that a clean clone tests the same way everywhere:
/// the UN consolidated list the demo set uses (data/demo/un-consolidated.xml.gz), the 22 cross-script pairs of
/// moov-io/watchman (Apache-2.0) and an excerpt of the 2021 OFAC SDN list (public domain), under Matching/Data/.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> UnListFile = new(() =>
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "concord-tests-un-consolidated-2026-02-27.xml");
        if (!File.Exists(path))
        {
            var partial = path + "." + Guid.NewGuid().ToString("N");
            using (var gz = new GZipStream(File.OpenRead(System.IO.Path.Combine(Support.TestPaths.RepositoryRoot, "data", "demo", "un-consolidated.xml.gz")), CompressionMode.Decompress))
            using (var file = File.Create(partial))
            {
                gz.CopyTo(file);
            }
            File.Move(partial, path, overwrite: true);
        }
        return path;
    });

    /// <summary>The UN Security Council consolidated list of 2026-02-27 (all regimes), decompressed once into the temporary directory.</summary>
    public static string UnList => UnListFile.Value;

    public static string WatchmanPairs => Fixture("watchman_cross_script_pairs.csv");

    /// <summary>The first 400 rows of OFAC's sdn.csv of 2021-07-07 and the rows of the Iraq programme around Saddam Hussein.</summary>
    public static string OfacExcerpt => Fixture("ofac_sdn_2021_excerpt.csv");

    private static string Fixture(string name) =>
        System.IO.Path.Combine(Support.TestPaths.RepositoryRoot, "tests", "Concord.Tests", "Matching", "Data", name);
}
