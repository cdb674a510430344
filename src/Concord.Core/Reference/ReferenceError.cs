namespace Concord.Core.Reference;

/// <summary>A problem in a reference data file: where (file, line, JSON path) and why.</summary>
public sealed record ReferenceError(string File, int Line, string Path, string Reason)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Path}: {Reason}" : $"{File}: {Path}: {Reason}";
}
