using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Concord.Matching.Watchlists;

namespace Concord.Core.Records.Imports;

/// <summary>
/// Reads the UN Security Council Consolidated List (sc-sanctions.xsd) into person and organisation records: names and
/// aliases (with the original script), dates and places of birth, nationalities, documents, the regime, reference and
/// listing date as legal basis. No DTDs, no external entities, bounded size. Errors name the line.
/// </summary>
public static class UnListParser
{
    private static readonly string[] NameElements = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];

    public static Result<ParsedFile> Parse(Stream xml, ImportDefaults defaults, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(defaults);
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = maxBytes,
                MaxCharactersFromEntities = 0,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                CloseInput = false,
            };
            using var reader = XmlReader.Create(xml, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return ImportErrors.At("line " + e.LineNumber.ToString(CultureInfo.InvariantCulture), "the file is not well-formed XML (" + Reason(e) + ")", "import-xml");
        }
        catch (DecoderFallbackException)
        {
            return ImportErrors.At("", "the file is not in the encoding it declares", "import-encoding");
        }
        var root = document.Root;
        if (root is null || root.Name.LocalName != "CONSOLIDATED_LIST")
        {
            return ImportErrors.At("line 1", "the root element is not CONSOLIDATED_LIST: this is not the UN consolidated list", "import-format");
        }
        var generated = (string?)root.Attribute("dateGenerated") ?? "";
        var items = new List<ImportItem>();
        var errors = new List<Error>();
        foreach (var element in root.Elements().SelectMany(e => e.Elements()).Where(e => e.Name.LocalName is "INDIVIDUAL" or "ENTITY"))
        {
            var line = ((IXmlLineInfo)element).LineNumber;
            var location = "line " + line.ToString(CultureInfo.InvariantCulture);
            var reference = Text(element, "REFERENCE_NUMBER");
            if (reference.Length == 0)
            {
                reference = Text(element, "DATAID");
            }
            if (reference.Length == 0)
            {
                errors.Add(ImportErrors.At(location, element.Name.LocalName + " without REFERENCE_NUMBER or DATAID"));
                continue;
            }
            var person = element.Name.LocalName == "INDIVIDUAL";
            var draft = person ? Individual(element, defaults) : Entity(element, defaults);
            var listType = Text(element, "UN_LIST_TYPE");
            var listed = Date(Text(element, "LISTED_ON"));
            draft = draft with
            {
                ExternalId = reference,
                LegalBasis = Or(defaults.LegalBasis, "UN Security Council sanctions list (" + (listType.Length > 0 ? listType : "consolidated") + " regime)"
                    + (listed.Length > 0 ? ", listed on " + listed : "")),
                LegalReference = reference,
                Purpose = Or(defaults.Purpose, "Implementing UN Security Council sanctions (travel ban, asset freeze, arms embargo)"),
                Source = Or(defaults.Source, "UN Security Council Consolidated List" + (generated.Length > 0 ? ", generated " + generated : "")),
            };
            items.Add(new ImportItem(draft, location + " (" + reference + ")", line));
            if (errors.Count >= 200)
            {
                break;
            }
        }
        if (errors.Count > 0)
        {
            return Result<ParsedFile>.Failure(errors);
        }
        return new ParsedFile(items, WithdrawMissing: true, "UN consolidated list" + (generated.Length > 0 ? " of " + generated : ""));
    }

    private static RecordDraft Individual(XElement e, ImportDefaults defaults)
    {
        var names = new List<RecordName>();
        AddName(names, string.Join(' ', NameElements.Select(n => Text(e, n)).Where(s => s.Length > 0)), RecordNameKinds.Primary);
        AddName(names, Text(e, "NAME_ORIGINAL_SCRIPT"), RecordNameKinds.OriginalScript);
        foreach (var alias in e.Elements("INDIVIDUAL_ALIAS"))
        {
            AddName(names, Text(alias, "ALIAS_NAME"), AliasKind(Text(alias, "QUALITY")));
        }
        var births = new List<string>();
        foreach (var dob in e.Elements("INDIVIDUAL_DATE_OF_BIRTH"))
        {
            var date = Text(dob, "DATE");
            var year = Text(dob, "YEAR");
            if (date.Length >= 10)
            {
                births.Add(date[..10]);
            }
            else if (year.Length == 4)
            {
                births.Add(year);
            }
            else if (int.TryParse(Text(dob, "FROM_YEAR"), NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                && int.TryParse(Text(dob, "TO_YEAR"), NumberStyles.None, CultureInfo.InvariantCulture, out var to) && from > 1000 && to >= from && to - from <= 20)
            {
                for (var y = from; y <= to; y++)
                {
                    births.Add(y.ToString(CultureInfo.InvariantCulture));
                }
            }
        }
        var place = e.Elements("INDIVIDUAL_PLACE_OF_BIRTH")
            .Select(p => string.Join(", ", new[] { Text(p, "CITY"), Text(p, "STATE_PROVINCE"), Text(p, "COUNTRY") }.Where(s => s.Length > 0)))
            .FirstOrDefault(s => s.Length > 0) ?? "";
        var nationalities = e.Elements("NATIONALITY").Elements("VALUE")
            .Select(v => Countries.ToCode(v.Value.Trim())).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var documents = e.Elements("INDIVIDUAL_DOCUMENT")
            .Where(d => Text(d, "NUMBER").Length > 0)
            .Select(d => new IdentityDocument(DocumentType(Text(d, "TYPE_OF_DOCUMENT")), Text(d, "NUMBER"),
                Or(Text(d, "ISSUING_COUNTRY"), Text(d, "COUNTRY_OF_ISSUE"))))
            .ToList();
        return Common(defaults) with
        {
            Kind = "person",
            Details = new RecordDetails
            {
                Names = names,
                Summary = Text(e, "COMMENTS1"),
                BirthDates = [.. births.Distinct(StringComparer.Ordinal)],
                BirthPlace = place,
                Nationalities = nationalities,
                Documents = documents,
                RequestedAction = RecordCodes.Of(RequestedAction.Inform),
            },
        };
    }

    private static RecordDraft Entity(XElement e, ImportDefaults defaults)
    {
        var names = new List<RecordName>();
        AddName(names, Text(e, "FIRST_NAME"), RecordNameKinds.Primary);
        AddName(names, Text(e, "NAME_ORIGINAL_SCRIPT"), RecordNameKinds.OriginalScript);
        foreach (var alias in e.Elements("ENTITY_ALIAS"))
        {
            AddName(names, Text(alias, "ALIAS_NAME"), AliasKind(Text(alias, "QUALITY")));
        }
        var reference = Text(e, "REFERENCE_NUMBER");
        return Common(defaults) with
        {
            Kind = "organisation",
            Details = new RecordDetails
            {
                Names = names,
                Summary = Text(e, "COMMENTS1"),
                Designations = [new Designation("UN", Date(Text(e, "LISTED_ON")), "UN Security Council sanctions list (" + Text(e, "UN_LIST_TYPE") + "), " + reference)],
            },
        };
    }

    private static RecordDraft Common(ImportDefaults d) => new()
    {
        HandlingCode = d.HandlingCode,
        HandlingConditions = d.HandlingConditions,
        // An official UN publication: a reliable source, the listing itself is known to be true.
        Evaluation = Or(d.Evaluation, "A1"),
        Distribution = d.Distribution,
        DistributionStates = d.DistributionStates,
        ReviewDate = d.ReviewDate,
    };

    private static void AddName(List<RecordName> names, string text, string kind)
    {
        if (text.Length > 0 && !names.Any(n => string.Equals(n.Text, text, StringComparison.Ordinal)))
        {
            names.Add(new RecordName(text, names.Count == 0 ? RecordNameKinds.Primary : kind));
        }
    }

    private static string AliasKind(string quality) => quality.Trim().ToUpperInvariant() switch
    {
        "LOW" => RecordNameKinds.WeakAlias,
        "F.K.A." or "FKA" => RecordNameKinds.Former,
        _ => RecordNameKinds.Alias,
    };

    private static string DocumentType(string type)
    {
        var t = type.ToUpperInvariant();
        return t.Contains("PASSPORT", StringComparison.Ordinal) ? "passport"
            : t.Contains("IDENTI", StringComparison.Ordinal) || t.Contains("NATIONAL", StringComparison.Ordinal) ? "national-id"
            : t.Contains("RESIDEN", StringComparison.Ordinal) ? "residence-permit"
            : "other";
    }

    private static string Text(XElement parent, string name) =>
        (parent.Element(name)?.Value ?? "").Trim();

    private static string Or(string a, string b) => a.Length > 0 ? a : b;

    /// <summary>The date part of "2015-03-27" or "2015-03-27-04:00" (the list sometimes carries an offset); empty otherwise.</summary>
    private static string Date(string text) =>
        text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? text[..10] : "";

    private static string Reason(XmlException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd('.', ' ') : message;
    }
}
