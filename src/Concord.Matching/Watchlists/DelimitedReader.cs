using System.Text;

namespace Concord.Matching.Watchlists;

/// <summary>One record of a CSV/TSV file with the line it starts on.</summary>
public sealed record DelimitedRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// Reads CSV (RFC 4180: quotes, doubled quotes, line breaks inside quotes) or TSV, reporting the
/// line each record starts on. A quote left open is reported as a bad record.
/// </summary>
public static class DelimitedReader
{
    public static IEnumerable<(DelimitedRecord? Record, string? Error, int Line)> Read(TextReader reader, char separator)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0;
        var fields = new List<string>();
        var field = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var start = lineNumber;
            if (line.Length == 0)
            {
                continue;
            }
            fields.Clear();
            field.Clear();
            var inQuotes = false;
            var i = 0;
            var error = false;
            while (true)
            {
                if (i >= line.Length)
                {
                    if (inQuotes)
                    {
                        var next = reader.ReadLine();
                        if (next is null)
                        {
                            error = true;
                            break;
                        }
                        lineNumber++;
                        field.Append('\n');
                        line = next;
                        i = 0;
                        continue;
                    }
                    fields.Add(field.ToString());
                    break;
                }
                var c = line[i];
                if (inQuotes)
                {
                    if (c == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        inQuotes = false;
                        i++;
                        continue;
                    }
                    field.Append(c);
                    i++;
                    continue;
                }
                if (c == '"' && field.Length == 0 && separator == ',')
                {
                    inQuotes = true;
                    i++;
                    continue;
                }
                if (c == separator)
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    i++;
                    continue;
                }
                field.Append(c);
                i++;
            }
            if (error)
            {
                yield return (null, "a quoted field is not closed before the end of the file", start);
                yield break;
            }
            yield return (new DelimitedRecord(start, fields.Select(f => f.Trim()).ToList()), null, start);
        }
    }
}
