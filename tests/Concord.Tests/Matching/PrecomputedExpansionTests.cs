using Concord.Matching;
using Concord.Matching.Index;
using Concord.Matching.Model;
using Concord.Matching.Watchlists;

namespace Concord.Tests.Matching;

/// <summary>Expanding the list's words while building changes how fast a query runs, never what it finds.</summary>
public class PrecomputedExpansionTests
{
    [Fact]
    public void Results_are_the_same_with_and_without_precomputed_expansions()
    {
        var entries = WatchlistReader.Read(SharedData.UnList).Items;
        var withTable = MatchIndex.Build(entries);
        var without = MatchIndex.Build(entries, new MatchOptions { PrecomputeExpansions = false });
        Assert.True(withTable.PrecomputedUnits > 1000, $"only {withTable.PrecomputedUnits} units precomputed");
        Assert.Equal(0, without.PrecomputedUnits);

        // Names of the list (words it has), their aliases, and misspellings (words it does not have).
        var rng = new Random(11);
        var queries = entries.SelectMany(e => e.Names.Select(n => n.Text)).Where((_, i) => i % 3 == 0).Take(600).ToList();
        queries.AddRange(queries.Take(200).Select(q => q.Length > 4 ? q.Remove(rng.Next(q.Length), 1) : q).ToList());
        Assert.True(queries.Count >= 600);
        foreach (var q in queries)
        {
            var a = withTable.Screen(new ScreeningQuery(q), 10);
            var b = without.Screen(new ScreeningQuery(q), 10);
            Assert.Equal(b.Select(c => (c.Entry.Id, c.Score)), a.Select(c => (c.Entry.Id, c.Score)));
        }
    }
}
