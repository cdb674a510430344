using System.Text.Json;

namespace Concord.Core.Reference;

/// <summary>Maps JSON paths ("$.items[3].names.zh") to 1-based line numbers, for error messages.</summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    public JsonLineMap(ReadOnlySpan<byte> utf8)
    {
        var newlines = new List<int>();
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                newlines.Add(i);
            }
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var path = new Stack<(string Prefix, int Index, bool IsArray)>();
        string? pendingProperty = null;
        var current = "$";
        while (reader.Read())
        {
            var line = LineOf(newlines, (int)reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = reader.GetString();
                    var propertyPath = current + "." + pendingProperty;
                    _lines.TryAdd(propertyPath, line);
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    var here = ValuePath(ref pendingProperty, current, path);
                    _lines.TryAdd(here, line);
                    path.Push((current, -1, reader.TokenType == JsonTokenType.StartArray));
                    current = here;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    current = path.Pop().Prefix;
                    break;
                default:
                    _lines.TryAdd(ValuePath(ref pendingProperty, current, path), line);
                    break;
            }
        }
    }

    private static string ValuePath(ref string? pendingProperty, string current, Stack<(string Prefix, int Index, bool IsArray)> path)
    {
        if (pendingProperty is not null)
        {
            var p = current + "." + pendingProperty;
            pendingProperty = null;
            return p;
        }
        if (path.Count > 0 && path.Peek().IsArray)
        {
            var top = path.Pop();
            top.Index++;
            path.Push(top);
            return current + "[" + top.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
        }
        return current;
    }

    private static int LineOf(List<int> newlines, int offset)
    {
        var index = newlines.BinarySearch(offset);
        return (index < 0 ? ~index : index) + 1;
    }

    /// <summary>The line of the path, or of its nearest ancestor that has one.</summary>
    public int LineOf(string path)
    {
        var p = path;
        while (p.Length > 0)
        {
            if (_lines.TryGetValue(p, out var line))
            {
                return line;
            }
            var cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            if (cut <= 0)
            {
                break;
            }
            p = p[..cut];
        }
        return 1;
    }
}
