using Concord.Matching.Index;
using Concord.Matching.Model;
using Concord.Matching.Watchlists;

namespace Concord.Tests.Matching;

/// <summary>The 22 hand-written cross-script pairs of moov-io/watchman: each query must rank its name first.</summary>
public class WatchmanPairsTests
{
    private static readonly Lazy<(MatchIndex Index, List<(string Query, string Expected)> Pairs)> Setup = new(() =>
    {
        var pairs = File.ReadAllLines(SharedData.WatchmanPairs)
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(',')).Select(f => (f[0].Trim(), f[1].Trim())).ToList();
        var expected = pairs.Select(p => p.Item2).Distinct(StringComparer.Ordinal).ToList();
        var entries = expected.Select(n => new WatchlistEntry("W:" + n, EntityKind.Person, [new WatchlistName(n)])).ToList();
        // Decoys: the UN list's primary names (all of them differ from the 22 names).
        var un = WatchlistReader.Read(SharedData.UnList).Items;
        entries.AddRange(un.Select(e => new WatchlistEntry(e.Id, e.Kind, [e.Names[0]])));
        return (MatchIndex.Build(entries), pairs);
    });

    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var (q, e) in Setup.Value.Pairs)
        {
            data.Add(q, e);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Each_watchman_pair_is_ranked_first(string query, string expected)
    {
        var top = Setup.Value.Index.Screen(query, top: 3);
        Assert.NotEmpty(top);
        Assert.Equal("W:" + expected, top[0].Entry.Id);
    }

    [Fact]
    public void There_are_22_pairs()
    {
        Assert.Equal(22, Setup.Value.Pairs.Count);
    }
}
