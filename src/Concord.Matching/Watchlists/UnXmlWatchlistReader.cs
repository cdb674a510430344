using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Concord.Matching.Model;
using Concord.Matching.Text;

namespace Concord.Matching.Watchlists;

/// <summary>
/// The UN Security Council consolidated list (sc-sanctions.xsd): individuals and entities with
/// aliases (good, low quality, a.k.a., f.k.a.), names in original script, dates of birth (exact,
/// year, ranges), nationalities and documents. Aliases that carry the original script in
/// brackets — "Abou Mouhadjir (ابو مهاجر)" — become two names.
/// </summary>
public static class UnXmlWatchlistReader
{
    private static readonly string[] NameElements = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];

    public static ReadResult<WatchlistEntry> Read(string path, bool strict)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = Path.GetFileName(path);
        XDocument doc;
        try
        {
            doc = XDocument.Load(path, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            return new ReadResult<WatchlistEntry>([], [new ReadError(file, ex.LineNumber, "not well-formed XML: " + ex.Message)]) { Failed = true };
        }
        var entries = new List<WatchlistEntry>();
        var errors = new List<ReadError>();
        if (doc.Root is null || doc.Root.Name.LocalName != "CONSOLIDATED_LIST")
        {
            return new ReadResult<WatchlistEntry>([], [new ReadError(file, 1, "the root element is not CONSOLIDATED_LIST")]) { Failed = true };
        }
        foreach (var element in doc.Root.Descendants().Where(e => e.Name.LocalName is "INDIVIDUAL" or "ENTITY"))
        {
            var line = ((IXmlLineInfo)element).LineNumber;
            var person = element.Name.LocalName == "INDIVIDUAL";
            var (entry, reason) = person ? Individual(element) : Entity(element);
            if (entry is null)
            {
                errors.Add(new ReadError(file, line, reason!));
                if (strict)
                {
                    break;
                }
                continue;
            }
            entries.Add(entry);
        }
        return new ReadResult<WatchlistEntry>(entries, errors);
    }

    private static string Text(XElement parent, string name) => parent.Element(name)?.Value.Trim() ?? "";

    private static string Id(XElement e)
    {
        var reference = Text(e, "REFERENCE_NUMBER");
        return reference.Length > 0 ? reference : Text(e, "DATAID");
    }

    private static (WatchlistEntry?, string?) Individual(XElement e)
    {
        var primary = string.Join(' ', NameElements.Select(n => Text(e, n)).Where(s => s.Length > 0));
        var id = Id(e);
        if (id.Length == 0)
        {
            return (null, "INDIVIDUAL without REFERENCE_NUMBER or DATAID");
        }
        if (primary.Length == 0)
        {
            return (null, $"INDIVIDUAL {id} has no name");
        }
        var names = new List<WatchlistName> { new(primary) };
        var original = Text(e, "NAME_ORIGINAL_SCRIPT");
        if (original.Length > 0)
        {
            names.Add(new WatchlistName(original, NameKind.OriginalScript));
        }
        foreach (var alias in e.Elements("INDIVIDUAL_ALIAS"))
        {
            AddAlias(names, Text(alias, "ALIAS_NAME"), Text(alias, "QUALITY"));
        }
        var dates = new List<PartialDate>();
        foreach (var dob in e.Elements("INDIVIDUAL_DATE_OF_BIRTH"))
        {
            AddDates(dates, dob);
        }
        var nationalities = e.Elements("NATIONALITY").Elements("VALUE")
            .Select(v => Countries.ToCode(v.Value)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var documents = e.Elements("INDIVIDUAL_DOCUMENT").Select(d => Text(d, "NUMBER")).Where(n => n.Length > 0).ToList();
        return (new WatchlistEntry(id, EntityKind.Person, names) { BirthDates = dates, Nationalities = nationalities, DocumentNumbers = documents }, null);
    }

    private static (WatchlistEntry?, string?) Entity(XElement e)
    {
        var id = Id(e);
        var name = Text(e, "FIRST_NAME");
        if (id.Length == 0)
        {
            return (null, "ENTITY without REFERENCE_NUMBER or DATAID");
        }
        if (name.Length == 0)
        {
            return (null, $"ENTITY {id} has no name");
        }
        var names = new List<WatchlistName> { new(name) };
        var original = Text(e, "NAME_ORIGINAL_SCRIPT");
        if (original.Length > 0)
        {
            names.Add(new WatchlistName(original, NameKind.OriginalScript));
        }
        foreach (var alias in e.Elements("ENTITY_ALIAS"))
        {
            AddAlias(names, Text(alias, "ALIAS_NAME"), Text(alias, "QUALITY"));
        }
        return (new WatchlistEntry(id, EntityKind.Organization, names), null);
    }

    private static void AddAlias(List<WatchlistName> names, string alias, string quality)
    {
        if (alias.Length == 0)
        {
            return;
        }
        var kind = quality.ToLowerInvariant() switch
        {
            "low" => NameKind.WeakAlias,
            "f.k.a." or "fka" => NameKind.Former,
            _ => NameKind.Alias,
        };
        // "Abou Mouhadjir (ابو مهاجر)": the bracket holds the same name in another script.
        var open = alias.LastIndexOf('(');
        if (open > 0 && alias.EndsWith(')'))
        {
            var inner = alias[(open + 1)..^1].Trim();
            var outer = alias[..open].Trim();
            if (inner.Length > 0 && outer.Length > 0 && ScriptDetector.Dominant(inner) != ScriptDetector.Dominant(outer))
            {
                names.Add(new WatchlistName(outer, kind));
                names.Add(new WatchlistName(inner, NameKind.OriginalScript));
                return;
            }
        }
        names.Add(new WatchlistName(alias, kind));
    }

    private static void AddDates(List<PartialDate> dates, XElement dob)
    {
        var date = Text(dob, "DATE");
        if (date.Length >= 4 && PartialDate.TryParse(date.Length > 10 ? date[..10] : date, out var d))
        {
            dates.Add(d);
            return;
        }
        if (int.TryParse(Text(dob, "YEAR"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year > 1000)
        {
            dates.Add(new PartialDate(year));
            return;
        }
        if (int.TryParse(Text(dob, "FROM_YEAR"), NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            && int.TryParse(Text(dob, "TO_YEAR"), NumberStyles.None, CultureInfo.InvariantCulture, out var to)
            && from > 1000 && to >= from && to - from <= 20)
        {
            for (var y = from; y <= to; y++)
            {
                dates.Add(new PartialDate(y));
            }
        }
    }
}
