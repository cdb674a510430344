using Concord.Matching.Model;

namespace Concord.Matching.Scoring;

/// <summary>
/// Adjusts a name score by what else is known: date of birth (same day, month or year raise the
/// score; years two or more apart lower it), nationality, document number, and person versus
/// organisation.
/// </summary>
internal static class AttributeScorer
{
    /// <summary>Document numbers shorter than this (letters and digits) are not compared.</summary>
    public const int MinDocumentLength = 4;

    public static double Apply(double score, ScreeningQuery query, WatchlistEntry entry, List<AttributeCheck>? checks)
    {
        score = BirthDate(score, query, entry.BirthDates, checks);
        score = Nationality(score, query, entry.Nationalities, checks);
        score = Document(score, query.DocumentNumber, entry.DocumentNumbers, checks);
        if (query.Kind != EntityKind.Unknown && entry.Kind != EntityKind.Unknown && query.Kind != entry.Kind)
        {
            var before = score;
            score *= 0.85;
            checks?.Add(new AttributeCheck("type", AttributeOutcome.Conflicts, $"{query.Kind.ToString().ToLowerInvariant()} vs {entry.Kind.ToString().ToLowerInvariant()}", score - before));
        }
        return Math.Clamp(score, 0, 1);
    }

    private static double BirthDate(double score, ScreeningQuery query, IReadOnlyList<PartialDate> record, List<AttributeCheck>? checks)
    {
        if (record.Count == 0)
        {
            return score;
        }
        var best = -1; // 4 day, 3 month, 2 year, 1 one year apart, 0 conflict
        PartialDate q = default, closest = default;
        foreach (var candidate in query.BirthDates)
        {
            foreach (var r in record)
            {
                var level = Agreement(candidate, r);
                if (level > best || (level == best && Math.Abs(r.Year - candidate.Year) < Math.Abs(closest.Year - q.Year)))
                {
                    (best, q, closest) = (level, candidate, r);
                }
            }
        }
        if (best < 0)
        {
            return score;
        }
        var before = score;
        var (outcome, after) = best switch
        {
            4 => (AttributeOutcome.Agrees, score + (1 - score) * 0.35),
            3 => (AttributeOutcome.Agrees, score + (1 - score) * 0.25),
            2 => (AttributeOutcome.PartlyAgrees, score + (1 - score) * 0.15),
            1 => (AttributeOutcome.PartlyAgrees, score * 0.95),
            _ => (AttributeOutcome.Conflicts, score * 0.75),
        };
        checks?.Add(new AttributeCheck("birth_date", outcome, $"{q} vs {closest}", after - before));
        return after;
    }

    /// <summary>4: same day, 3: same month, 2: same year (or as precise as both are), 1: a year apart, 0: conflict.</summary>
    private static int Agreement(PartialDate q, PartialDate r)
    {
        var dy = Math.Abs(q.Year - r.Year);
        if (dy >= 2)
        {
            return 0;
        }
        if (dy == 1)
        {
            return 1;
        }
        if (q.Month is null || r.Month is null)
        {
            return 2;
        }
        if (q.Month != r.Month)
        {
            return q.Day is not null && r.Day is not null && q.Day == r.Month && q.Month == r.Day ? 3 : 1; // day and month swapped
        }
        if (q.Day is null || r.Day is null)
        {
            return 3;
        }
        return q.Day == r.Day ? 4 : 2;
    }

    private static double Nationality(double score, ScreeningQuery query, IReadOnlyList<string> record, List<AttributeCheck>? checks)
    {
        if (record.Count == 0)
        {
            return score;
        }
        var given = query.Nationalities.ToList();
        if (given.Count == 0)
        {
            return score;
        }
        var before = score;
        foreach (var q in given)
        {
            if (record.Contains(q, StringComparer.Ordinal))
            {
                score += (1 - score) * 0.1;
                checks?.Add(new AttributeCheck("nationality", AttributeOutcome.Agrees, q, score - before));
                return score;
            }
        }
        score *= 0.92;
        checks?.Add(new AttributeCheck("nationality", AttributeOutcome.Conflicts, $"{string.Join('/', given)} vs {string.Join('/', record)}", score - before));
        return score;
    }

    private static double Document(double score, string? query, IReadOnlyList<string> record, List<AttributeCheck>? checks)
    {
        if (string.IsNullOrWhiteSpace(query) || record.Count == 0)
        {
            return score;
        }
        var q = Normalize(query);
        if (q.Length < MinDocumentLength)
        {
            return score;
        }
        var before = score;
        foreach (var r in record)
        {
            if (string.Equals(Normalize(r), q, StringComparison.Ordinal))
            {
                score += (1 - score) * 0.6;
                checks?.Add(new AttributeCheck("document", AttributeOutcome.Agrees, q, score - before));
                return score;
            }
        }
        score *= 0.97;
        checks?.Add(new AttributeCheck("document", AttributeOutcome.Conflicts, $"{q} not among the record's {record.Count} document(s)", score - before));
        return score;
    }

    /// <summary>Upper-case letters and digits only: "N-12 345" → "N12345".</summary>
    public static string Normalize(string document)
    {
        Span<char> buffer = document.Length <= 128 ? stackalloc char[document.Length] : new char[document.Length];
        var n = 0;
        foreach (var c in document)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = char.ToUpperInvariant(c);
            }
        }
        return new string(buffer[..n]);
    }
}
