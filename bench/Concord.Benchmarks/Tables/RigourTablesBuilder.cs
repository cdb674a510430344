using System.Text;

namespace Concord.Benchmarks.Tables;

/// <summary>
/// Builds org_types.tsv (legal form → generic class), org_symbols.tsv (cross-language synonyms
/// of words in organisation names, nick names) and person_titles.txt from the OpenSanctions
/// rigour YAML files (MIT). Reads the simple YAML subset those files use.
/// </summary>
internal static class RigourTablesBuilder
{
    /// <summary>Legal forms rigour lacks or spells differently from Russian practice (hand-written).</summary>
    private static readonly (string Class, string Alias)[] Supplement =
    [
        ("SOE", "FSUE"), ("SOE", "Federal State Unitary Enterprise"), ("SOE", "FGUP"), ("SOE", "SUE"),
        ("SOE", "State Unitary Enterprise"), ("SOE", "ГУП"), ("SOE", "Государственное унитарное предприятие"),
        ("SOE", "Федеральное государственное унитарное предприятие"), ("SOE", "MUE"), ("SOE", "МУП"),
        ("JSC", "OJSC"), ("JSC", "CJSC"), ("JSC", "PJSC"), ("JSC", "OAO"), ("JSC", "ZAO"), ("JSC", "PAO"), ("JSC", "AO"),
        ("JSC", "Open Joint Stock Company"), ("JSC", "Closed Joint Stock Company"), ("JSC", "Public Joint Stock Company"),
        ("JSC", "Акционерное общество"), ("JSC", "Открытое акционерное общество"), ("JSC", "Закрытое акционерное общество"),
        ("JSC", "Публичное акционерное общество"), ("JSC", "Aktsionernoe obshchestvo"), ("JSC", "АҚ"), ("JSC", "AJ"),
        ("LLC", "OOO"), ("LLC", "TOO"), ("LLC", "ТОО"), ("LLC", "Товарищество с ограниченной ответственностью"),
        ("LLC", "Obshchestvo s ogranichennoy otvetstvennostyu"), ("LLC", "MChJ"), ("LLC", "МЧЖ"), ("LLC", "LLP"),
        ("LLC", "Co. Ltd"), ("LLC", "Company Limited"), ("LLC", "有限公司"), ("LLC", "有限责任公司"), ("JSC", "股份有限公司"),
    ];

    public static void Build(string rigourDir, string outDir)
    {
        BuildOrgTypes(Path.Combine(rigourDir, "org_types.yml"), Path.Combine(outDir, "org_types.tsv"));
        BuildSymbols(Path.Combine(rigourDir, "symbols.yml"), Path.Combine(outDir, "org_symbols.tsv"));
        BuildTitles(Path.Combine(rigourDir, "stopwords.yml"), Path.Combine(rigourDir, "symbols.yml"), Path.Combine(outDir, "person_titles.txt"));
    }

    private static string Clean(string value)
    {
        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        if (hash >= 0)
        {
            value = value[..hash];
        }
        value = value.Trim();
        if (value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\''))
        {
            value = value[1..^1];
        }
        return value.Trim();
    }

    private static void BuildOrgTypes(string path, string outPath)
    {
        var rows = new List<(string Class, string Alias)>();
        string? display = null, compare = null, generic = null;
        var aliases = new List<string>();
        void Flush()
        {
            var cls = !string.IsNullOrEmpty(generic) && generic != "-" ? generic : !string.IsNullOrEmpty(compare) ? compare : display;
            if (!string.IsNullOrEmpty(cls))
            {
                foreach (var a in aliases.Append(display).Append(compare))
                {
                    if (!string.IsNullOrWhiteSpace(a))
                    {
                        rows.Add((cls.ToUpperInvariant(), a));
                    }
                }
            }
            display = compare = generic = null;
            aliases.Clear();
        }
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd();
            var t = line.TrimStart();
            if (t.StartsWith('#') || t.Length == 0)
            {
                continue;
            }
            if (t.StartsWith("- display:", StringComparison.Ordinal) || t.StartsWith("- generic:", StringComparison.Ordinal) || t.StartsWith("- compare:", StringComparison.Ordinal))
            {
                Flush();
                t = t[2..];
            }
            if (t.StartsWith("display:", StringComparison.Ordinal))
            {
                display = Clean(t["display:".Length..]);
            }
            else if (t.StartsWith("compare:", StringComparison.Ordinal))
            {
                compare = Clean(t["compare:".Length..]);
            }
            else if (t.StartsWith("generic:", StringComparison.Ordinal))
            {
                generic = Clean(t["generic:".Length..]);
            }
            else if (t.StartsWith("- ", StringComparison.Ordinal) && line.StartsWith("      ", StringComparison.Ordinal))
            {
                aliases.Add(Clean(t[2..]));
            }
        }
        Flush();
        rows.AddRange(Supplement);
        var sb = new StringBuilder();
        sb.Append("# Legal forms of organisations: generic class <TAB> alias. From opensanctions/rigour resources/names/org_types.yml (MIT),\n");
        sb.Append("# plus a few Russian and Central Asian forms added by hand (see Tables/RigourTablesBuilder.cs).\n");
        foreach (var (cls, alias) in rows.Distinct())
        {
            sb.Append(cls).Append('\t').Append(alias).Append('\n');
        }
        File.WriteAllText(outPath, sb.ToString(), new UTF8Encoding(false));
    }

    private static Dictionary<string, Dictionary<string, List<string>>> ReadSections(string path)
    {
        var sections = new Dictionary<string, Dictionary<string, List<string>>>(StringComparer.Ordinal);
        Dictionary<string, List<string>>? section = null;
        List<string>? group = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd();
            var t = line.TrimStart();
            if (t.Length == 0 || t.StartsWith('#'))
            {
                continue;
            }
            var indent = line.Length - t.Length;
            if (indent == 0 && t.EndsWith(':'))
            {
                section = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                sections[t[..^1]] = section;
                group = null;
            }
            else if (indent == 2 && t.EndsWith(':') && section is not null)
            {
                group = [];
                section[Clean(t[..^1])] = group;
            }
            else if (t.StartsWith("- ", StringComparison.Ordinal))
            {
                var value = Clean(t[2..]);
                if (indent == 2 && section is not null)
                {
                    if (!section.TryGetValue("", out var flat))
                    {
                        section[""] = flat = [];
                    }
                    flat.Add(value);
                }
                else
                {
                    group?.Add(value);
                }
            }
        }
        return sections;
    }

    private static void BuildSymbols(string path, string outPath)
    {
        var sections = ReadSections(path);
        var sb = new StringBuilder();
        sb.Append("# Cross-language synonyms: group <TAB> term. 'o:' organisation words (org_symbols, org_domains), 'p:' person nick names\n");
        sb.Append("# and name parts. From opensanctions/rigour resources/names/symbols.yml (MIT).\n");
        foreach (var (sectionName, prefix) in new[] { ("org_symbols", "o:"), ("org_domains", "o:"), ("person_nick", "p:"), ("person_name_parts", "p:") })
        {
            if (!sections.TryGetValue(sectionName, out var groups))
            {
                continue;
            }
            foreach (var (name, terms) in groups)
            {
                if (name.Length == 0 || terms.Count == 0)
                {
                    continue;
                }
                var groupName = prefix + (prefix == "p:" ? terms[0].ToLowerInvariant() : name);
                foreach (var term in terms.Distinct())
                {
                    sb.Append(groupName).Append('\t').Append(term).Append('\n');
                }
            }
        }
        File.WriteAllText(outPath, sb.ToString(), new UTF8Encoding(false));
    }

    private static void BuildTitles(string stopwordsPath, string symbolsPath, string outPath)
    {
        var stop = ReadSections(stopwordsPath);
        var symbols = ReadSections(symbolsPath);
        var titles = new List<string>();
        if (stop.TryGetValue("PERSON_NAME_PREFIXES", out var prefixes) && prefixes.TryGetValue("", out var flat))
        {
            titles.AddRange(flat);
        }
        if (symbols.TryGetValue("person_symbols", out var ps))
        {
            // Only the groups that are titles; bin, abu, abdul, van, von, saint … are name particles, handled by the parser.
            foreach (var (group, terms) in ps)
            {
                if (group is "jr" or "sr" or "esq" or "dr" or "prof" or "md" or "dds" or "dvm" or "phd" or "haji" or "sheikh")
                {
                    titles.AddRange(terms);
                }
            }
        }
        titles.AddRange(["Haji", "Hajji", "Hadji", "Mullah", "Mulla", "Maulana", "Maulvi", "Mawlawi", "Qari"]);
        var sb = new StringBuilder();
        sb.Append("# Titles and honorifics dropped from person names. From opensanctions/rigour stopwords.yml and symbols.yml (MIT),\n");
        sb.Append("# plus South Asian and Arabic religious titles added by hand.\n");
        foreach (var t in titles.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            sb.Append(t).Append('\n');
        }
        File.WriteAllText(outPath, sb.ToString(), new UTF8Encoding(false));
    }
}
