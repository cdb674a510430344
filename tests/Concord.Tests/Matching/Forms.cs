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
}
