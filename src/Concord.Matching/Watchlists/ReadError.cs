namespace Concord.Matching.Watchlists;

/// <summary>A record that could not be read: where it is and why.</summary>
/// <param name="File">The file name as given.</param>
/// <param name="Line">1-based line of the record (0 when the whole file is unusable).</param>
/// <param name="Reason">What is wrong, in words.</param>
public sealed record ReadError(string File, int Line, string Reason)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Reason}" : $"{File}: {Reason}";
}

/// <summary>The records read from a file and the errors met (bad records are skipped, or reading stops at the first in strict mode).</summary>
public sealed record ReadResult<T>(IReadOnlyList<T> Items, IReadOnlyList<ReadError> Errors)
{
    /// <summary>True when the file itself could not be used (missing, unknown format, no header).</summary>
    public bool Failed { get; init; }
}
