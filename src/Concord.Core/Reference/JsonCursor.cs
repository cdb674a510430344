using System.Globalization;
using System.Text.Json;

namespace Concord.Core.Reference;

/// <summary>
/// A JSON element with its path and the file it came from. Reading a missing or malformed field records an
/// error naming file, line, path and reason, and returns a placeholder so that validation goes on and reports
/// every problem at once.
/// </summary>
internal readonly record struct JsonCursor(JsonElement Element, string Path, ReferenceFile File)
{
    public JsonCursor? Optional(string name) =>
        Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new JsonCursor(value, Path + "." + name, File)
            : null;

    public JsonCursor? Required(string name)
    {
        var node = Optional(name);
        if (node is null)
        {
            File.Error(Path + "." + name, $"the field '{name}' is required");
        }
        return node;
    }

    public string String(string name, bool required = true)
    {
        var node = required ? Required(name) : Optional(name);
        if (node is not { } n)
        {
            return "";
        }
        if (n.Element.ValueKind != JsonValueKind.String)
        {
            File.Error(n.Path, $"'{name}' must be a string");
            return "";
        }
        var value = n.Element.GetString() ?? "";
        if (required && string.IsNullOrWhiteSpace(value))
        {
            File.Error(n.Path, $"'{name}' must not be empty");
        }
        return value.Trim();
    }

    public string Id(string name = "id")
    {
        var value = String(name);
        if (value.Length > 0 && !IsKebabId(value))
        {
            File.Error(Path + "." + name, $"'{value}' is not a valid id (lowercase ASCII letters, digits and hyphens)");
        }
        return value;
    }

    public bool Bool(string name, bool fallback = false)
    {
        if (Optional(name) is not { } n)
        {
            return fallback;
        }
        if (n.Element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return n.Element.GetBoolean();
        }
        File.Error(n.Path, $"'{name}' must be true or false");
        return fallback;
    }

    public int Int(string name)
    {
        if (Required(name) is not { } n)
        {
            return 0;
        }
        if (n.Element.ValueKind == JsonValueKind.Number && n.Element.TryGetInt32(out var value))
        {
            return value;
        }
        File.Error(n.Path, $"'{name}' must be a whole number");
        return 0;
    }

    /// <summary>An ISO date of full, month or year precision: YYYY-MM-DD, YYYY-MM or YYYY.</summary>
    public string Date(string name, bool required = true)
    {
        var value = String(name, required);
        if (value.Length > 0 && !IsPartialDate(value))
        {
            File.Error(Path + "." + name, $"'{value}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
        return value;
    }

    /// <summary>A text in en, zh and ru, all three present and non-empty.</summary>
    public LocalizedText? Text(string name, bool required = true)
    {
        var node = required ? Required(name) : Optional(name);
        if (node is not { } n)
        {
            return required ? new LocalizedText("", "", "") : null;
        }
        if (n.Element.ValueKind != JsonValueKind.Object)
        {
            File.Error(n.Path, $"'{name}' must be an object with en, zh and ru texts");
            return new LocalizedText("", "", "");
        }
        return new LocalizedText(n.String("en"), n.String("zh"), n.String("ru"));
    }

    public IEnumerable<JsonCursor> Array(string name, bool required = true)
    {
        var node = required ? Required(name) : Optional(name);
        if (node is not { } n)
        {
            yield break;
        }
        if (n.Element.ValueKind != JsonValueKind.Array)
        {
            File.Error(n.Path, $"'{name}' must be an array");
            yield break;
        }
        var i = 0;
        foreach (var item in n.Element.EnumerateArray())
        {
            yield return new JsonCursor(item, n.Path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", File);
            i++;
        }
    }

    public List<string> Strings(string name, bool required = true)
    {
        var result = new List<string>();
        foreach (var item in Array(name, required))
        {
            if (item.Element.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.Element.GetString()))
            {
                result.Add(item.Element.GetString()!.Trim());
            }
            else
            {
                File.Error(item.Path, "must be a non-empty string");
            }
        }
        return result;
    }

    /// <summary>The "sources" of a fact: at least one "sourceId" or "sourceId#locator".</summary>
    public List<string> Sources()
    {
        var sources = Strings("sources");
        if (sources.Count == 0 && Optional("sources") is not null)
        {
            File.Error(Path + ".sources", "at least one source is required for every fact");
        }
        foreach (var source in sources)
        {
            File.Set.SourceReferences.Add((File, Path + ".sources", source));
        }
        return sources;
    }

    public static bool IsKebabId(string value) =>
        value.Length is > 0 and <= 64
        && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && value[0] != '-' && value[^1] != '-';

    public static bool IsPartialDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || DateOnly.TryParseExact(value + "-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
