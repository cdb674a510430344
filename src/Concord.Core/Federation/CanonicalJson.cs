using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Concord.Core.Federation;

/// <summary>
/// Canonical JSON as the federation protocol signs it (the subset of RFC 8785 JCS that the protocol uses):
/// object members sorted by the UTF-16 code units of their names, no insignificant whitespace, integers only
/// (no fractions or exponents), strings escaped minimally (\" \\ \b \f \n \r \t, other controls as \u00xx,
/// everything else as UTF-8). A receiver re-encodes what it got and rejects anything not byte-identical.
/// </summary>
public static class CanonicalJson
{
    public static byte[] Encode(JsonNode? node)
    {
        var text = new StringBuilder(256);
        Write(node, text);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Parses canonical JSON; null when the bytes are not JSON or not in canonical form.</summary>
    public static JsonObject? ParseCanonicalObject(ReadOnlySpan<byte> utf8)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(utf8, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 16 });
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
        if (node is not JsonObject obj)
        {
            return null;
        }
        try
        {
            return utf8.SequenceEqual(Encode(obj)) ? obj : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static void Write(JsonNode? node, StringBuilder o)
    {
        switch (node)
        {
            case null:
                o.Append("null");
                break;
            case JsonObject obj:
                o.Append('{');
                var first = true;
                foreach (var (name, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        o.Append(',');
                    }
                    first = false;
                    WriteString(name, o);
                    o.Append(':');
                    Write(value, o);
                }
                o.Append('}');
                break;
            case JsonArray array:
                o.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        o.Append(',');
                    }
                    Write(array[i], o);
                }
                o.Append(']');
                break;
            case JsonValue value:
                WriteValue(value, o);
                break;
            default:
                throw new FormatException("Unsupported JSON node.");
        }
    }

    private static void WriteValue(JsonValue value, StringBuilder o)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(value.GetValue<string>(), o);
                break;
            case JsonValueKind.True:
                o.Append("true");
                break;
            case JsonValueKind.False:
                o.Append("false");
                break;
            case JsonValueKind.Null:
                o.Append("null");
                break;
            case JsonValueKind.Number:
                if (value.TryGetValue<long>(out var l))
                {
                    o.Append(l.ToString(CultureInfo.InvariantCulture));
                }
                else if (value.TryGetValue<int>(out var i))
                {
                    o.Append(i.ToString(CultureInfo.InvariantCulture));
                }
                else if (value.TryGetValue<JsonElement>(out var e) && e.TryGetInt64(out var parsed))
                {
                    o.Append(parsed.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    throw new FormatException("Canonical JSON in this protocol carries integers only.");
                }
                break;
            default:
                throw new FormatException("Unsupported JSON value.");
        }
    }

    private static void WriteString(string s, StringBuilder o)
    {
        o.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': o.Append("\\\""); break;
                case '\\': o.Append("\\\\"); break;
                case '\b': o.Append("\\b"); break;
                case '\f': o.Append("\\f"); break;
                case '\n': o.Append("\\n"); break;
                case '\r': o.Append("\\r"); break;
                case '\t': o.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        o.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        o.Append(c);
                    }
                    break;
            }
        }
        o.Append('"');
    }
}
