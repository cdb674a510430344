using Concord.Matching.Index;
using Concord.Matching.Model;
using Concord.Matching.Names;

namespace Concord.Matching.Scoring;

/// <summary>Turns the alignment of a query with a record name into words: which part matched which, and how.</summary>
internal static class ExplanationBuilder
{
    public static Explanation Build(QueryPlan plan, int reading, IndexData data, int name, double nameScore, List<AttributeCheck> checks)
    {
        var links = new List<NameScorer.Link>();
        NameScorer.Score(plan, reading, data, name, links);
        var entry = data.Entries[data.NameEntry[name]];
        var recordText = entry.Names[data.NameTextIndex[name]].Text;
        var recordReadings = NameParser.Parse(recordText, entry.Kind);
        var readingIndex = data.NameReading[name];
        var record = readingIndex < recordReadings.Count ? recordReadings[readingIndex].Units : [];
        var query = plan.Readings[reading].Units;
        var parts = new List<PartMatch>(links.Count);
        var usedQ = new HashSet<int>();
        var usedN = new HashSet<int>();
        foreach (var link in links)
        {
            var q = query[link.QueryUnit];
            var n = link.RecordUnit < record.Length ? record[link.RecordUnit] : null;
            for (var p = q.Start; p < q.Start + q.Span; p++)
            {
                usedQ.Add(p);
            }
            if (n is not null)
            {
                for (var p = n.Start; p < n.Start + n.Span; p++)
                {
                    usedN.Add(p);
                }
            }
            parts.Add(new PartMatch(q.Original, n?.Original ?? "?", Math.Round(link.Similarity, 3), How(q, n, link.Similarity)));
        }
        var unmatchedQuery = query.Where(u => u.Span == 1 && !usedQ.Contains(u.Start)).Select(u => u.Original).ToList();
        var unmatchedRecord = record.Where(u => u.Span == 1 && !usedN.Contains(u.Start)).Select(u => u.Original).ToList();
        return new Explanation(Math.Round(nameScore, 4), parts, unmatchedQuery, unmatchedRecord, checks);
    }

    private static string How(NameUnit q, NameUnit? n, float similarity)
    {
        if (n is null)
        {
            return "match";
        }
        if (q.Role == NamePartRole.LegalForm && n.Role == NamePartRole.LegalForm)
        {
            return q.Method.StartsWith("legal form", StringComparison.Ordinal) ? q.Method : "legal form";
        }
        if (q.Role == NamePartRole.Initial || n.Role == NamePartRole.Initial)
        {
            return "initial";
        }
        var sharedGroup = q.Forms.FirstOrDefault(f => f.StartsWith('#') && n.Forms.Contains(f));
        if (sharedGroup is not null && !q.Forms.Where(f => !f.StartsWith('#')).Intersect(n.Forms).Any())
        {
            return sharedGroup.StartsWith("#p:", StringComparison.Ordinal) ? "nickname or name variant" : "same word in another language";
        }
        if (string.Equals(q.Original, n.Original, StringComparison.OrdinalIgnoreCase))
        {
            return "exact";
        }
        var script = q.Method != "Latin" ? q.Method : n.Method != "Latin" ? n.Method : null;
        var kind = similarity >= 0.999f ? "same after normalisation" : "spelling variant";
        if (q.Span > 1 || n.Span > 1)
        {
            kind = "written together/apart, " + kind;
        }
        return script is null ? kind : script + ", " + kind;
    }
}
