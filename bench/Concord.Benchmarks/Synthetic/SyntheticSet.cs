using System.Globalization;
using System.Text;
using Concord.Benchmarks.Evaluation;
using Concord.Matching.Model;
using Concord.Matching.Transliteration.Han;

namespace Concord.Benchmarks.Synthetic;

/// <summary>A generated watch-list entry with what is needed to write variants of it.</summary>
internal sealed record SynthEntry(string Id, string Name, EntityKind Kind, char Family, string[] Parts, string? CrossScript);

/// <summary>A generated query: a variant of an entry's name, and that entry's id.</summary>
internal sealed record SynthQuery(string Id, string Name, string ExpectedId, string Variant);

/// <summary>
/// A synthetic multilingual watch list drawn from real name-part distributions (see
/// <see cref="NamePools"/>) and variant queries: the same name in another script (Cyrillic ↔
/// Latin in 7 schemes, Han ↔ pinyin, Latin → Cyrillic/Chinese/Arabic spellings from
/// translit-wikidata, organisations in Russian), with a typo, in another order, or with a part
/// missing.
/// </summary>
internal static class SyntheticSet
{
    /// <summary>The synthetic entries as watch-list entries of one name each, as every engine run indexes them.</summary>
    public static List<WatchlistEntry> ToEntries(List<SynthEntry> list) =>
        list.Select(e => new WatchlistEntry(e.Id, e.Kind, [new WatchlistName(e.Name)])).ToList();

    public static List<SynthEntry> Watchlist(NamePools pools, int count, int seed)
    {
        var rng = new Random(seed);
        var list = new List<SynthEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var id = "E" + i.ToString(CultureInfo.InvariantCulture);
            var r = rng.NextDouble();
            list.Add(r switch
            {
                < 0.30 => SanctionsStyle(pools, rng, id),
                < 0.50 => Russian(pools, rng, id),
                < 0.65 => Chinese(pools, rng, id),
                < 0.85 => World(pools, rng, id),
                < 0.90 => ArabicScript(pools, rng, id),
                _ => Organisation(pools, rng, id),
            });
        }
        return list;
    }

    private static SynthEntry SanctionsStyle(NamePools p, Random rng, string id)
    {
        var parts = new List<string> { p.ListGiven.Draw(rng) };
        if (rng.NextDouble() < 0.4)
        {
            parts.Add(p.ListGiven.Draw(rng));
        }
        parts.Add(p.ListFamily.Draw(rng));
        var name = string.Join(' ', parts);
        return new SynthEntry(id, name, EntityKind.Person, 'A', [.. parts], LatinToRussian.Cyrillic(string.Join(' ', parts)));
    }

    private static SynthEntry Russian(NamePools p, Random rng, string id)
    {
        var words = new List<string> { p.RuGiven.Draw(rng) };
        if (rng.NextDouble() < 0.5)
        {
            words.Add(p.RuPatronymic.Draw(rng));
        }
        words.Add(p.RuFamily.Draw(rng));
        var cyrillic = string.Join(' ', words);
        var scheme = RussianSchemes.All[rng.Next(RussianSchemes.All.Length)];
        var latin = string.Join(' ', words.Select(w => RussianSchemes.Transliterate(w, scheme)));
        var storedCyrillic = rng.NextDouble() < 0.5;
        var otherScheme = RussianSchemes.All[rng.Next(RussianSchemes.All.Length)];
        var otherLatin = string.Join(' ', words.Select(w => RussianSchemes.Transliterate(w, otherScheme)));
        return storedCyrillic
            ? new SynthEntry(id, cyrillic, EntityKind.Person, 'B', [.. words], otherLatin)
            : new SynthEntry(id, latin, EntityKind.Person, 'B', [.. latin.Split(' ')], cyrillic);
    }

    private static SynthEntry Chinese(NamePools p, Random rng, string id)
    {
        var surname = p.ZhSurname.Draw(rng);
        var given = p.ZhGivenChar.Draw(rng) + (rng.NextDouble() < 0.7 ? p.ZhGivenChar.Draw(rng) : "");
        var han = surname + given;
        var pinyin = NamePools.Title(Pinyin(surname)) + " " + NamePools.Title(Pinyin(given));
        return rng.NextDouble() < 0.5
            ? new SynthEntry(id, han, EntityKind.Person, 'C', [surname, given], pinyin)
            : new SynthEntry(id, pinyin, EntityKind.Person, 'C', pinyin.Split(' '), han);
    }

    private static string Pinyin(string han)
    {
        var sb = new StringBuilder();
        foreach (var cp in HanTable.Instance.SimplifiedCodePoints(han))
        {
            var r = HanTable.Instance.Readings(cp);
            sb.Append(r.Length > 0 ? r[0] : "");
        }
        return sb.ToString();
    }

    private static SynthEntry World(NamePools p, Random rng, string id)
    {
        var n = rng.NextDouble() < 0.7 ? 2 : 3;
        var parts = Enumerable.Range(0, n).Select(_ => p.World.Draw(rng)).ToList();
        string? cross = null;
        if (parts.All(x => x.Cyrillic is not null) && (rng.NextDouble() < 0.6 || parts.Any(x => x.Chinese is null)))
        {
            cross = string.Join(' ', parts.Select(x => NamePools.Title(x.Cyrillic!)));
        }
        else if (parts.All(x => x.Chinese is not null))
        {
            cross = string.Join('·', parts.Select(x => x.Chinese));
        }
        return new SynthEntry(id, string.Join(' ', parts.Select(x => x.Latin)), EntityKind.Person, 'D', parts.Select(x => x.Latin).ToArray(), cross);
    }

    private static SynthEntry ArabicScript(NamePools p, Random rng, string id)
    {
        var parts = Enumerable.Range(0, rng.NextDouble() < 0.6 ? 2 : 3).Select(_ => p.Arabic.Draw(rng)).ToList();
        return new SynthEntry(id, string.Join(' ', parts.Select(x => x.Latin)), EntityKind.Person, 'E', parts.Select(x => x.Latin).ToArray(), string.Join(' ', parts.Select(x => x.Arabic)));
    }

    private static SynthEntry Organisation(NamePools p, Random rng, string id)
    {
        var words = Enumerable.Range(0, 1 + rng.Next(3)).Select(_ => p.OrgWord.Draw(rng).ToUpperInvariant()).ToList();
        var legal = p.LegalForm.Draw(rng);
        var name = rng.NextDouble() < 0.5 ? $"{string.Join(' ', words)} {legal}" : $"{legal} {string.Join(' ', words)}";
        return new SynthEntry(id, name, EntityKind.Organization, 'F', [.. words], LatinToRussian.Organisation(name, full: rng.NextDouble() < 0.3, translateWords: true));
    }

    public static List<SynthQuery> Queries(List<SynthEntry> list, int count, int seed)
    {
        var rng = new Random(seed);
        var queries = new List<SynthQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var e = list[rng.Next(list.Count)];
            var r = rng.NextDouble();
            var (name, variant) = r switch
            {
                < 0.10 => (e.Name, "exact"),
                < 0.30 => (Typo(e.Name, rng), "typo"),
                < 0.45 => (Reorder(e.Name, rng), "reordered"),
                < 0.60 => Missing(e.Name, rng) is { } m ? (m, "missing part") : (Typo(e.Name, rng), "typo"),
                _ => e.CrossScript is { } c ? (c, "other script") : (Typo(e.Name, rng), "typo"),
            };
            queries.Add(new SynthQuery("Q" + i.ToString(CultureInfo.InvariantCulture), name, e.Id, variant));
        }
        return queries;
    }

    private static string Typo(string name, Random rng)
    {
        var words = name.Split(' ');
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 4 && words[i].All(char.IsLetter)).ToList();
        if (candidates.Count == 0)
        {
            return name;
        }
        var k = candidates[rng.Next(candidates.Count)];
        var w = words[k];
        var pos = 1 + rng.Next(w.Length - 1);
        var letter = w[rng.Next(w.Length)];
        words[k] = rng.Next(4) switch
        {
            0 => w.Remove(pos, 1),
            1 => w.Insert(pos, letter.ToString()),
            2 => w[..pos] + letter + w[(pos + 1)..],
            _ => pos + 1 < w.Length ? w[..pos] + w[pos + 1] + w[pos] + w[(pos + 2)..] : w.Remove(pos, 1),
        };
        return string.Join(' ', words);
    }

    private static string Reorder(string name, Random rng)
    {
        var words = name.Split(' ').ToList();
        if (words.Count < 2)
        {
            return name;
        }
        var last = words[^1];
        words.RemoveAt(words.Count - 1);
        return rng.NextDouble() < 0.5 ? $"{last}, {string.Join(' ', words)}" : $"{last} {string.Join(' ', words)}";
    }

    private static string? Missing(string name, Random rng)
    {
        var words = name.Split(' ').ToList();
        if (words.Count < 3)
        {
            return null;
        }
        words.RemoveAt(1 + rng.Next(words.Count - 2));
        return string.Join(' ', words);
    }
}
