using Concord.Matching.Names;

namespace Concord.Matching.Index;

/// <summary>
/// Adds to a query reading the joined spelling of two adjacent words when the list holds that
/// spelling as one word: NASER ZADEH → Naserzadeh, POUR NAGHSHBAND → Pournaghshband. The parser joins
/// only short or hyphenated pairs, on both sides, to bound the size of the index; on the query side
/// any pair is worth one look-up in the list's vocabulary.
/// </summary>
internal static class QueryJoins
{
    public static List<NameReading> Add(List<NameReading> readings, IndexData data)
    {
        for (var r = 0; r < readings.Count; r++)
        {
            readings[r] = Add(readings[r], data);
        }
        return readings;
    }

    private static NameReading Add(NameReading reading, IndexData data)
    {
        if (reading.NoOptionalParts)
        {
            return reading; // a Chinese name: the parser has joined its surname and given name already
        }
        var units = reading.Units;
        List<NameUnit>? joined = null;
        for (var i = 0; i + 1 < units.Length; i++)
        {
            var a = units[i];
            var b = units[i + 1];
            if (a.Span != 1 || b.Span != 1 || b.Start != a.Start + 1 || a.Role != NamePartRole.Name || b.Role != NamePartRole.Name
                || !Plain(a.Forms[0]) || !Plain(b.Forms[0]) || HasJoined(units, a.Start))
            {
                continue;
            }
            var form = NameParser.Join(a.Forms[0], b.Forms[0]);
            if (!data.HasForm(form))
            {
                continue;
            }
            joined ??= [];
            joined.Add(new NameUnit { Original = a.Original + " " + b.Original, Forms = [form], Role = NamePartRole.Name, Method = a.Method, Start = a.Start, Span = 2 });
        }
        return joined is null ? reading : new NameReading { Units = [.. units, .. joined], WordCount = reading.WordCount, Kind = reading.Kind, NoOptionalParts = reading.NoOptionalParts, Ceiling = reading.Ceiling };
    }

    /// <summary>A spelled-out Latin form (not a code, initials, abjad or Chinese form).</summary>
    private static bool Plain(string form) => form.Length >= 2 && char.IsAsciiLetterLower(form[0]);

    private static bool HasJoined(NameUnit[] units, int start)
    {
        foreach (var u in units)
        {
            if (u.Span == 2 && u.Start == start)
            {
                return true;
            }
        }
        return false;
    }
}
