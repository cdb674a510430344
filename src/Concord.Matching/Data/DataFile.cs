using System.Reflection;
using System.Text;

namespace Concord.Matching.Data;

/// <summary>Reads the tables embedded in this assembly (see Data/*.tsv and THIRD-PARTY-NOTICES.md).</summary>
internal static class DataFile
{
    /// <summary>The non-comment, non-empty lines of an embedded table, split at tabs.</summary>
    public static IEnumerable<string[]> Rows(string name)
    {
        var resource = "Concord.Matching.Data." + name;
        using var stream = typeof(DataFile).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded table {resource} is missing from {typeof(DataFile).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            yield return line.Split('\t');
        }
    }

    /// <summary>The code point at the start of <paramref name="s"/> (a surrogate pair counts as one).</summary>
    public static int CodePoint(string s) => char.IsHighSurrogate(s[0]) && s.Length > 1 ? char.ConvertToUtf32(s[0], s[1]) : s[0];
}
