using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Concord.Matching.Model;

namespace Concord.Matching.Watchlists;

/// <summary>
/// OFAC SDN list in the legacy CSV layout (no header; "-0-" for empty): sdn.csv with alt.csv (aliases)
/// read from the same folder when present. Dates of birth, nationalities, passports and weak
/// aliases are taken from the Remarks field.
/// </summary>
public static partial class OfacWatchlistReader
{
    [GeneratedRegex(@"\bDOB (?:circa |c\. )?(?:(\d{1,2}) )?(?:([A-Z][a-z]{2}) )?(\d{4})(?: to (?:(?:\d{1,2} )?(?:[A-Z][a-z]{2} )?)?(\d{4}))?")]
    private static partial Regex DobPattern();

    [GeneratedRegex(@"\bnationality ([A-Z][A-Za-z ,'()-]+?)(?:;|\.|$)")]
    private static partial Regex NationalityPattern();

    [GeneratedRegex(@"\b(?:Passport|National ID No\.|Identification Number|Cedula No\.|C\.U\.R\.P\.|NIT #|Tax ID No\.) ([A-Z0-9][A-Z0-9\-/ ]{3,20}?)(?: \(|;|\.|$)")]
    private static partial Regex DocumentPattern();

    [GeneratedRegex(@"a\.k\.a\. '([^']+)'")]
    private static partial Regex WeakAliasPattern();

    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static ReadResult<WatchlistEntry> Read(string sdnPath, bool strict)
    {
        ArgumentNullException.ThrowIfNull(sdnPath);
        var file = Path.GetFileName(sdnPath);
        var errors = new List<ReadError>();
        var aliases = ReadAliases(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(sdnPath)) ?? ".", "alt.csv"), errors, strict);
        var entries = new List<WatchlistEntry>();
        using var reader = new StreamReader(sdnPath, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        foreach (var (record, error, line) in DelimitedReader.Read(reader, ','))
        {
            if (record is null)
            {
                errors.Add(new ReadError(file, line, error!));
                break;
            }
            var f = record.Fields;
            if (f.Count == 1 && f[0].Length == 0 || f.Count > 0 && f[0] == "\u001a")
            {
                continue;
            }
            if (f.Count < 4)
            {
                errors.Add(new ReadError(file, line, $"expected 12 fields (ent_num, SDN_Name, SDN_Type, …), found {f.Count}"));
                if (strict)
                {
                    break;
                }
                continue;
            }
            var id = f[0];
            var name = Empty(f[1]);
            if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var entNum))
            {
                errors.Add(new ReadError(file, line, $"ent_num '{id}' is not a number"));
                if (strict)
                {
                    break;
                }
                continue;
            }
            if (name.Length == 0)
            {
                errors.Add(new ReadError(file, line, $"SDN_Name is empty (ent_num {id})"));
                if (strict)
                {
                    break;
                }
                continue;
            }
            var type = Empty(f[2]).ToLowerInvariant();
            var kind = type switch
            {
                "individual" => EntityKind.Person,
                "" => EntityKind.Organization,
                _ => EntityKind.Unknown,
            };
            var remarks = f.Count > 11 ? Empty(f[11]) : "";
            var names = new List<WatchlistName> { new(name) };
            if (aliases.TryGetValue(entNum, out var alts))
            {
                names.AddRange(alts);
            }
            foreach (Match m in WeakAliasPattern().Matches(remarks))
            {
                names.Add(new WatchlistName(m.Groups[1].Value, NameKind.WeakAlias));
            }
            entries.Add(new WatchlistEntry(id, kind, names)
            {
                BirthDates = Dates(remarks),
                Nationalities = NationalityPattern().Matches(remarks).Select(m => Countries.ToCode(m.Groups[1].Value)).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
                DocumentNumbers = DocumentPattern().Matches(remarks).Select(m => m.Groups[1].Value.Trim()).Distinct(StringComparer.Ordinal).ToList(),
            });
        }
        return new ReadResult<WatchlistEntry>(entries, errors);
    }

    private static string Empty(string s) => s.Trim() == "-0-" ? "" : s.Trim();

    private static Dictionary<int, List<WatchlistName>> ReadAliases(string path, List<ReadError> errors, bool strict)
    {
        var map = new Dictionary<int, List<WatchlistName>>();
        if (!File.Exists(path))
        {
            return map;
        }
        var file = Path.GetFileName(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        foreach (var (record, error, line) in DelimitedReader.Read(reader, ','))
        {
            if (record is null)
            {
                errors.Add(new ReadError(file, line, error!));
                break;
            }
            var f = record.Fields;
            if (f.Count == 1 && (f[0].Length == 0 || f[0] == "\u001a"))
            {
                continue;
            }
            if (f.Count < 4 || !int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var entNum) || Empty(f[3]).Length == 0)
            {
                errors.Add(new ReadError(file, line, "expected ent_num, alt_num, alt_type, alt_name"));
                if (strict)
                {
                    break;
                }
                continue;
            }
            var kind = Empty(f[2]).ToLowerInvariant() switch
            {
                "fka" => NameKind.Former,
                "nka" => NameKind.Alias,
                _ => NameKind.Alias,
            };
            if (!map.TryGetValue(entNum, out var list))
            {
                map[entNum] = list = [];
            }
            list.Add(new WatchlistName(Empty(f[3]), kind));
        }
        return map;
    }

    private static List<PartialDate> Dates(string remarks)
    {
        var dates = new List<PartialDate>();
        foreach (Match m in DobPattern().Matches(remarks))
        {
            var year = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            if (m.Groups[4].Success)
            {
                var to = int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
                for (var y = year; y <= to && y - year <= 20; y++)
                {
                    dates.Add(new PartialDate(y));
                }
                continue;
            }
            int? month = m.Groups[2].Success ? Array.IndexOf(Months, m.Groups[2].Value) + 1 : null;
            if (month == 0)
            {
                month = null;
            }
            int? day = m.Groups[1].Success && month is not null ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
            if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
            {
                day = null;
            }
            dates.Add(new PartialDate(year, month, day));
        }
        return dates;
    }
}
