using System.Text;

namespace Concord.Matching.Watchlists;

/// <summary>Reads a watch list in any supported format.</summary>
public static class WatchlistReader
{
    public static ReadResult<Model.WatchlistEntry> Read(string path, WatchlistFormat format = WatchlistFormat.Auto, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return new ReadResult<Model.WatchlistEntry>([], [new ReadError(path, 0, "file not found")]) { Failed = true };
        }
        if (format == WatchlistFormat.Auto)
        {
            format = Detect(path);
        }
        return format switch
        {
            WatchlistFormat.UnXml => UnXmlWatchlistReader.Read(path, strict),
            WatchlistFormat.Ofac => OfacWatchlistReader.Read(path, strict),
            WatchlistFormat.Tsv => DelimitedWatchlistReader.Read(path, '\t', strict),
            _ => DelimitedWatchlistReader.Read(path, ',', strict),
        };
    }

    /// <summary>.xml → UN; a CSV without header whose first field is a number and that uses -0- → OFAC; .tsv or tabs in the header → TSV; else CSV.</summary>
    public static WatchlistFormat Detect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            return WatchlistFormat.UnXml;
        }
        string? first;
        using (var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            first = reader.ReadLine();
        }
        if (first is null)
        {
            return WatchlistFormat.Csv;
        }
        if (first.TrimStart().StartsWith('<'))
        {
            return WatchlistFormat.UnXml;
        }
        var comma = first.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && int.TryParse(first.AsSpan(0, comma), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
            && first.Contains("-0-", StringComparison.Ordinal))
        {
            return WatchlistFormat.Ofac;
        }
        if (path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || (first.Contains('\t', StringComparison.Ordinal) && !first.Contains(',', StringComparison.Ordinal)))
        {
            return WatchlistFormat.Tsv;
        }
        return WatchlistFormat.Csv;
    }
}
