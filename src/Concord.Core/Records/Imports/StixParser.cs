using System.Globalization;
using System.Text.Json;
using Concord.Core.Reference;

namespace Concord.Core.Records.Imports;

/// <summary>
/// Reads a STIX 2.1 bundle. Objects exported by Concord carry the record in a property extension and come back
/// unchanged. Other producers' objects are mapped: threat-actor (resource_level individual → person, else
/// organisation), intrusion-set → organisation, identity (individual → person, other classes → organisation; authors
/// named in created_by_ref are skipped), indicator with url:value or SHA-256 patterns → material, report → incident.
/// TLP and handling markings set handling and distribution where the import defaults leave them open.
/// Errors name the JSON path and its line.
/// </summary>
public static class StixParser
{
    public const int MaxObjects = 200_000;

    public static Result<ParsedFile> Parse(byte[] bytes, ImportDefaults defaults)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(defaults);
        var text = ImportErrors.DecodeUtf8(bytes);
        if (!text.IsSuccess)
        {
            return Result<ParsedFile>.Failure(text.Errors);
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes.AsMemory(bytes.Length >= 3 && bytes[0] == 0xEF ? 3 : 0), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            return ImportErrors.At("line " + line.ToString(CultureInfo.InvariantCulture), "not valid JSON (" + FirstSentence(e.Message) + ")", "import-json");
        }
        using (document)
        {
            JsonLineMap lines;
            try
            {
                lines = new JsonLineMap(bytes.AsSpan(bytes.Length >= 3 && bytes[0] == 0xEF ? 3 : 0));
            }
            catch (JsonException e)
            {
                return ImportErrors.At("line 1", "not valid JSON (" + FirstSentence(e.Message) + ")", "import-json");
            }
            var errors = new List<Error>();
            string At(string path) => "line " + lines.LineOf(path).ToString(CultureInfo.InvariantCulture) + ", " + path;
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Str(root, "type") != "bundle")
            {
                return ImportErrors.At(At("$.type"), "the file is not a STIX bundle (type must be \"bundle\")", "import-format");
            }
            if (!root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array)
            {
                return ImportErrors.At(At("$.objects"), "the bundle has no objects array", "import-format");
            }
            if (objects.GetArrayLength() > MaxObjects)
            {
                return ImportErrors.At(At("$.objects"), $"the bundle has more than {MaxObjects} objects", "import-too-large");
            }

            // Authors and markings first: identities named in created_by_ref are producers, not records.
            var authors = new HashSet<string>(StringComparer.Ordinal);
            var handlingMarkings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var o in objects.EnumerateArray())
            {
                if (o.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }
                if (Str(o, "created_by_ref") is { Length: > 0 } author)
                {
                    authors.Add(author);
                }
                if (Str(o, "type") == "marking-definition" && Str(o, "id") is { Length: > 0 } markingId
                    && o.TryGetProperty("definition", out var definition) && definition.ValueKind == JsonValueKind.Object
                    && Str(definition, "statement") is { } statement)
                {
                    foreach (var (code, text2) in StixMapping.HandlingStatements)
                    {
                        if (statement.StartsWith(text2, StringComparison.Ordinal))
                        {
                            handlingMarkings[markingId] = code;
                        }
                    }
                }
            }

            var items = new List<ImportItem>();
            var skipped = 0;
            var index = -1;
            foreach (var o in objects.EnumerateArray())
            {
                index++;
                var path = "$.objects[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                if (o.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(ImportErrors.At(At(path), "an object of the bundle is not a JSON object"));
                    continue;
                }
                var type = Str(o, "type") ?? "";
                var id = Str(o, "id") ?? "";
                if (type.Length == 0)
                {
                    errors.Add(ImportErrors.At(At(path + ".type"), "the object has no type"));
                    continue;
                }
                if (!ValidId(id, type))
                {
                    errors.Add(ImportErrors.At(At(path + ".id"), $"the id must be \"{RecordStore.Clip(type, 40)}--\" followed by a UUID"));
                    continue;
                }
                if (type is "threat-actor" or "intrusion-set" or "identity" or "indicator" or "report")
                {
                    if (Str(o, "spec_version") is { } spec && spec != "2.1")
                    {
                        errors.Add(ImportErrors.At(At(path + ".spec_version"), "only STIX 2.1 is read"));
                        continue;
                    }
                    if (type == "identity" && authors.Contains(id))
                    {
                        continue;
                    }
                    var mapped = Map(o, type, path, defaults, handlingMarkings, At);
                    if (!mapped.IsSuccess)
                    {
                        errors.AddRange(mapped.Errors);
                    }
                    else
                    {
                        items.Add(mapped.Value);
                    }
                }
                else
                {
                    skipped++;
                }
                if (errors.Count >= 200)
                {
                    break;
                }
            }
            if (errors.Count > 0)
            {
                return Result<ParsedFile>.Failure(errors);
            }
            return new ParsedFile(items, WithdrawMissing: false,
                "STIX bundle " + (Str(root, "id") ?? "") + (skipped > 0 ? ", " + skipped.ToString(CultureInfo.InvariantCulture) + " other objects not imported" : ""));
        }
    }

    private static Result<ImportItem> Map(JsonElement o, string type, string path, ImportDefaults d, Dictionary<string, string> handlingMarkings, Func<string, string> at)
    {
        var id = Str(o, "id")!;
        var line = 0;
        // A Concord record: the extension carries it whole.
        if (o.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
            && extensions.TryGetProperty(StixMapping.ExtensionId, out var ext) && ext.ValueKind == JsonValueKind.Object)
        {
            if (!ext.TryGetProperty("record", out var recordJson) || recordJson.ValueKind != JsonValueKind.Object)
            {
                return ImportErrors.At(at(path + ".extensions"), "the Concord extension has no record");
            }
            RecordDraft? draft;
            try
            {
                draft = recordJson.Deserialize<RecordDraft>(RecordStore.Json);
            }
            catch (JsonException e)
            {
                return ImportErrors.At(at(path + ".extensions." + StixMapping.ExtensionId + ".record" + (e.Path is { Length: > 1 } p ? p[1..] : "")),
                    "the record does not have the expected shape (" + FirstSentence(e.Message) + ")");
            }
            if (draft is null)
            {
                return ImportErrors.At(at(path + ".extensions"), "the Concord extension has no record");
            }
            draft = RecordRules.WithoutNulls(draft);
            if (draft.ExternalId.Length == 0)
            {
                draft = draft with { ExternalId = id };
            }
            if (d.ReviewDate.Length > 0 && string.CompareOrdinal(draft.ReviewDate, d.Today) <= 0)
            {
                draft = draft with { ReviewDate = d.ReviewDate };
            }
            return new ImportItem(draft, at(path), line) { PreferredId = Str(ext, "record_id") };
        }

        var name = Str(o, "name") ?? "";
        var aliases = Strings(o, "aliases");
        var description = Str(o, "description") ?? "";
        var names = new List<RecordName>();
        if (name.Length > 0)
        {
            names.Add(new RecordName(name));
        }
        names.AddRange(aliases.Where(a => a.Length > 0 && a != name).Select(a => new RecordName(a, RecordNameKinds.Alias)));
        var (handling, distribution) = Markings(o, d, handlingMarkings);
        var common = new RecordDraft
        {
            ExternalId = id,
            HandlingCode = handling,
            HandlingConditions = handling == "H3" ? (d.HandlingConditions.Length > 0 ? d.HandlingConditions : "See the source's markings.") : "",
            Evaluation = d.Evaluation.Length > 0 ? d.Evaluation : Evaluation(o),
            Distribution = distribution,
            DistributionStates = distribution == "listed-states" ? d.DistributionStates : [],
            LegalBasis = d.LegalBasis,
            Purpose = d.Purpose,
            Source = d.Source.Length > 0 ? d.Source : "STIX " + type + " " + id,
            ReviewDate = d.ReviewDate,
        };
        switch (type)
        {
            case "threat-actor" or "identity" or "intrusion-set":
                var individual = type switch
                {
                    "threat-actor" => Str(o, "resource_level") == "individual",
                    "identity" => Str(o, "identity_class") == "individual",
                    _ => false,
                };
                return new ImportItem(common with
                {
                    Kind = individual ? "person" : "organisation",
                    Details = individual
                        ? new RecordDetails { Names = names, Summary = description, RequestedAction = RecordCodes.Of(RequestedAction.Inform) }
                        : new RecordDetails { Names = names, Summary = description },
                }, at(path), line);
            case "indicator":
                var pattern = Str(o, "pattern") ?? "";
                if (Str(o, "pattern_type") is { } patternType && patternType != "stix")
                {
                    return ImportErrors.At(at(path + ".pattern_type"), "only STIX patterns are read");
                }
                var (url, sha) = StixMapping.ReadPattern(pattern);
                if (url is null && sha is null)
                {
                    return ImportErrors.At(at(path + ".pattern"), "the pattern holds no [url:value = '...'] and no [file:hashes.'SHA-256' = '...']");
                }
                return new ImportItem(common with
                {
                    Kind = "material",
                    Details = new RecordDetails
                    {
                        Names = name.Length > 0 ? [new RecordName(name)] : [],
                        Url = url ?? "",
                        ContentHash = sha ?? "",
                        MaterialKind = url is not null ? "website" : "other",
                        Summary = description,
                    },
                }, at(path), line);
            default:
                var published = Str(o, "published") ?? "";
                return new ImportItem(common with
                {
                    Kind = "incident",
                    Details = new RecordDetails
                    {
                        Names = names,
                        Summary = description,
                        IncidentDate = published.Length >= 10 ? published[..10] : published,
                        Place = "not stated in the report",
                        IncidentKind = Strings(o, "report_types").FirstOrDefault() ?? "report",
                    },
                }, at(path), line);
        }
    }

    private static (string Handling, string Distribution) Markings(JsonElement o, ImportDefaults d, Dictionary<string, string> handlingMarkings)
    {
        var refs = Strings(o, "object_marking_refs");
        var handling = refs.Select(r => handlingMarkings.GetValueOrDefault(r)).FirstOrDefault(h => h is not null);
        var red = refs.Contains(StixMapping.TlpRed);
        return (handling ?? (red ? "H2" : d.HandlingCode), red ? "owner-only" : d.Distribution);
    }

    /// <summary>STIX confidence 0–100 as the information accuracy; the source cannot be assessed (X).</summary>
    private static string Evaluation(JsonElement o)
    {
        if (o.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var confidence))
        {
            return confidence >= 85 ? "X2" : confidence >= 50 ? "X3" : "X4";
        }
        return "X4";
    }

    private static bool ValidId(string id, string type) =>
        id.StartsWith(type + "--", StringComparison.Ordinal) && Guid.TryParseExact(id[(type.Length + 2)..], "D", out _);

    private static string? Str(JsonElement o, string property) =>
        o.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<string> Strings(JsonElement o, string property) =>
        o.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString() ?? "")]
            : [];

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
