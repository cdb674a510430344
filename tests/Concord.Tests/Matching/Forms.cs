using Concord.Matching;
using Concord.Matching.Index;
using Concord.Matching.Model;
using Concord.Matching.Names;

namespace Concord.Tests.Matching;

/// <summary>Helpers: the forms of a name as the matcher reads it.</summary>
internal static class Forms
{
    /// <summary>Every form of every word-unit of every reading.</summary>
    public static HashSet<string> Of(string name, EntityKind kind = EntityKind.Unknown) =>
        NameParser.Parse(name, kind).SelectMany(r => r.Units).SelectMany(u => u.Forms).ToHashSet(StringComparer.Ordinal);

    /// <summary>The best similarity of any form of <paramref name="a"/> with any form of <paramref name="b"/> (one word each).</summary>
    public static float BestSimilarity(string a, string b)
    {
        var best = 0f;
        foreach (var fa in Of(a))
        {
            foreach (var fb in Of(b))
            {
                best = Math.Max(best, FormSimilarity.Of(fa, fb, 0f));
            }
        }
        return best;
    }
    /// <summary>Screens <paramref name="query"/> against the persons <paramref name="decoys"/> plus <paramref name="listed"/>; the id of the first candidate ("target" for the listed one).</summary>
    public static string FirstFound(string query, string listed, IEnumerable<string> decoys)
    {
        var list = decoys.Select((n, i) => new WatchlistEntry("d" + i, EntityKind.Person, [new WatchlistName(n)]))
            .Append(new WatchlistEntry("target", EntityKind.Person, [new WatchlistName(listed)]));
        var found = MatchIndex.Build(list).Screen(new ScreeningQuery(query), 3);
        return found.Count > 0 ? found[0].Entry.Id : "";
    }

    /// <summary>The best candidate when <paramref name="query"/> is screened against <paramref name="listed"/> alone (a person of unknown type), or null.</summary>
    public static Concord.Matching.Scoring.Candidate? Best(string query, string listed) => Screen(query, listed) is [var best, ..] ? best : null;

    /// <summary>The candidates (up to 10) when <paramref name="query"/> is screened against a list of these persons.</summary>
    public static IReadOnlyList<Concord.Matching.Scoring.Candidate> Screen(string query, params string[] persons) =>
        MatchIndex.Build([.. persons.Select((n, i) => new WatchlistEntry("p" + i, EntityKind.Person, [new WatchlistName(n)]))]).Screen(new ScreeningQuery(query), 10);

    /// <summary>
    /// Whether <paramref name="listed"/> alerts when <paramref name="query"/> is screened against these persons; it must be
    /// among the candidates, so that "does not alert" is about its score.
    /// </summary>
    public static bool Alerts(string query, string listed, params string[] persons)
    {
        var hit = Screen(query, persons).FirstOrDefault(c => c.MatchedName == listed);
        Assert.NotNull(hit);
        return hit.Score >= MatchOptions.DefaultAlertThreshold;
    }
}
