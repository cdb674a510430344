using System.Text.Json;

namespace Concord.Core.Reference;

/// <summary>One parsed reference file, collecting its errors with line numbers.</summary>
internal sealed class ReferenceFile
{
    private readonly JsonLineMap? _lines;

    private ReferenceFile(string name, ReferenceReadContext set, JsonDocument? document, JsonLineMap? lines)
    {
        Name = name;
        Set = set;
        Document = document;
        _lines = lines;
    }

    public string Name { get; }
    public ReferenceReadContext Set { get; }
    public JsonDocument? Document { get; }

    public JsonCursor Root => new(Document!.RootElement, "$", this);

    public void Error(string path, string reason) =>
        Set.Errors.Add(new ReferenceError(Name, _lines?.LineOf(path) ?? 0, path, reason));

    public static ReferenceFile Parse(string name, byte[] utf8, ReferenceReadContext set)
    {
        try
        {
            var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return new ReferenceFile(name, set, document, new JsonLineMap(utf8));
        }
        catch (JsonException e)
        {
            set.Errors.Add(new ReferenceError(name, (int)(e.LineNumber ?? 0) + 1, e.Path ?? "$", "not valid JSON: " + FirstSentence(e.Message)));
            return new ReferenceFile(name, set, null, null);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}

/// <summary>Shared state while reading a set of files: all errors, and references to resolve at the end.</summary>
internal sealed class ReferenceReadContext
{
    public List<ReferenceError> Errors { get; } = [];
    public List<(ReferenceFile File, string Path, string Source)> SourceReferences { get; } = [];
}
