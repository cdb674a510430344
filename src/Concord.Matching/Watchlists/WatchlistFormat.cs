namespace Concord.Matching.Watchlists;

/// <summary>File formats of watch lists.</summary>
public enum WatchlistFormat
{
    /// <summary>Decide from the file name and content.</summary>
    Auto,
    /// <summary>CSV with a header containing id and name (optional aliases, birth_date, nationality, type).</summary>
    Csv,
    /// <summary>The same columns, tab-separated.</summary>
    Tsv,
    /// <summary>UN Security Council consolidated list XML.</summary>
    UnXml,
    /// <summary>OFAC SDN legacy CSV (sdn.csv, with alt.csv beside it).</summary>
    Ofac,
}
