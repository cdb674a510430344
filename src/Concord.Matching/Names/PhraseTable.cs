namespace Concord.Matching.Names;

/// <summary>Word sequences (by <see cref="TokenKey"/>) mapped to a value; finds the longest one starting at a position.</summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Keys, T Value)>> _byFirst = new(StringComparer.Ordinal);

    public void Add(string[] keys, T value)
    {
        if (keys.Length == 0)
        {
            return;
        }
        if (!_byFirst.TryGetValue(keys[0], out var list))
        {
            _byFirst[keys[0]] = list = [];
        }
        foreach (var (k, _) in list)
        {
            if (k.AsSpan().SequenceEqual(keys))
            {
                return;
            }
        }
        list.Add((keys, value));
        list.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
    }

    /// <summary>The longest phrase starting at <paramref name="start"/>, as (length, value), or (0, default).</summary>
    public (int Length, T? Value) Match(IReadOnlyList<string> keys, int start)
    {
        if (start >= keys.Count || !_byFirst.TryGetValue(keys[start], out var list))
        {
            return (0, default);
        }
        foreach (var (phrase, value) in list)
        {
            if (start + phrase.Length > keys.Count)
            {
                continue;
            }
            var ok = true;
            for (var i = 1; i < phrase.Length; i++)
            {
                if (!string.Equals(phrase[i], keys[start + i], StringComparison.Ordinal))
                {
                    ok = false;
                    break;
                }
            }
            if (ok)
            {
                return (phrase.Length, value);
            }
        }
        return (0, default);
    }

    /// <summary>The longest phrase ending at <paramref name="end"/> (exclusive), as (length, value), or (0, default).</summary>
    public (int Length, T? Value) MatchEndingAt(IReadOnlyList<string> keys, int end)
    {
        for (var start = Math.Max(0, end - 8); start < end; start++)
        {
            var (length, value) = Match(keys, start);
            if (length == end - start)
            {
                return (length, value);
            }
        }
        return (0, default);
    }
}
