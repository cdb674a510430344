using Concord.Matching.Model;
using Concord.Matching.Names;

namespace Concord.Matching.Index;

/// <summary>
/// Builds <see cref="IndexData"/>: parses every name of every entry (in parallel, in batches so
/// that memory stays flat), interns the forms into a vocabulary, and files names by form, forms
/// by retrieval key, and names by pairs of common forms.
/// </summary>
internal static class IndexBuilder
{
    private const int BatchSize = 16_384;

    /// <param name="wordUnits">The distinct single-word units by their expansion key (<see cref="QueryExpander.CacheKey"/>), for <see cref="QueryExpander.Precompute"/>.</param>
    public static IndexData Build(IReadOnlyList<WatchlistEntry> entries, MatchOptions options, out List<(string Key, string[] Forms)> wordUnits)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.BuildParallelism > 0 ? options.BuildParallelism : Environment.ProcessorCount };
        var nameEntry = new List<int>(entries.Count * 2);
        var nameTextIndex = new List<ushort>(entries.Count * 2);
        var nameReading = new List<byte>(entries.Count * 2);
        var nameWordCount = new List<byte>(entries.Count * 2);
        var nameCeiling = new Dictionary<int, float>();
        var nameFlag = new List<byte>(entries.Count * 2);
        var nameUnitStart = new List<int>(entries.Count * 2) { 0 };
        var unitFormStart = new List<int>(entries.Count * 8) { 0 };
        var unitForms = new List<int>(entries.Count * 12);
        var unitRole = new List<NamePartRole>(entries.Count * 8);
        var unitPosition = new List<byte>(entries.Count * 8);
        var unitSpan = new List<byte>(entries.Count * 8);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var forms = new List<string>();
        // Single-word units: those of one form are marked by form id, those of several kept by their cache key.
        var singleWord = new List<bool>();
        var multiWord = new Dictionary<string, string[]>(StringComparer.Ordinal);

        for (var batchStart = 0; batchStart < entries.Count; batchStart += BatchSize)
        {
            var count = Math.Min(BatchSize, entries.Count - batchStart);
            var parsed = new List<(ushort NameIndex, List<NameReading> Readings)>[count];
            Parallel.For(0, count, parallel, k =>
            {
                var entry = entries[batchStart + k];
                var list = new List<(ushort, List<NameReading>)>(entry.Names.Count);
                for (var j = 0; j < entry.Names.Count && j < ushort.MaxValue; j++)
                {
                    list.Add(((ushort)j, NameParser.Parse(entry.Names[j].Text, entry.Kind)));
                }
                parsed[k] = list;
            });
            for (var k = 0; k < count; k++)
            {
                foreach (var (nameIndex, readings) in parsed[k])
                {
                    for (var r = 0; r < readings.Count && r < 255; r++)
                    {
                        var reading = readings[r];
                        nameEntry.Add(batchStart + k);
                        nameTextIndex.Add(nameIndex);
                        nameReading.Add((byte)r);
                        nameWordCount.Add((byte)Math.Min(255, reading.WordCount));
                        nameFlag.Add((byte)((reading.NoOptionalParts ? NameFlags.NoOptionalParts : 0) | (reading.Ceiling < 1f ? NameFlags.Ceiling : 0)));
                        if (reading.Ceiling < 1f)
                        {
                            nameCeiling[nameEntry.Count - 1] = reading.Ceiling;
                        }
                        foreach (var unit in reading.Units)
                        {
                            if (unit.Start > 254)
                            {
                                continue;
                            }
                            foreach (var form in unit.Forms)
                            {
                                if (!vocabulary.TryGetValue(form, out var id))
                                {
                                    id = forms.Count;
                                    vocabulary[form] = id;
                                    forms.Add(form);
                                    singleWord.Add(false);
                                }
                                unitForms.Add(id);
                            }
                            if (unit.Span == 1)
                            {
                                if (unit.Forms.Length == 1)
                                {
                                    singleWord[unitForms[^1]] = true;
                                }
                                else
                                {
                                    multiWord.TryAdd(QueryExpander.CacheKey(unit.Forms), unit.Forms);
                                }
                            }
                            unitFormStart.Add(unitForms.Count);
                            unitRole.Add(unit.Role);
                            unitPosition.Add((byte)unit.Start);
                            unitSpan.Add((byte)unit.Span);
                        }
                        nameUnitStart.Add(unitRole.Count);
                    }
                }
                parsed[k] = null!;
            }
        }

        wordUnits = new List<(string, string[])>(multiWord.Count + forms.Count);
        for (var f = 0; f < forms.Count; f++)
        {
            if (singleWord[f])
            {
                wordUnits.Add((forms[f], [forms[f]]));
            }
        }
        foreach (var (key, formsOfKey) in multiWord)
        {
            wordUnits.Add((key, formsOfKey));
        }
        var formCount = forms.Count;
        var nameCount = nameEntry.Count;
        if (nameCount >= IndexData.MaxNames)
        {
            throw new NotSupportedException($"An index holds at most {IndexData.MaxNames} name readings ({nameCount} given).");
        }
        var nameWordCountArr = nameWordCount.ToArray();
        var unitFormStartArr = unitFormStart.ToArray();
        var unitFormsArr = unitForms.ToArray();
        var nameUnitStartArr = nameUnitStart.ToArray();
        var (df, postingStart, postings) = BuildPostings(nameCount, formCount, nameUnitStartArr, unitFormStartArr, unitFormsArr, nameWordCountArr);
        var formsArr = forms.ToArray();
        var (codeStart, codes, codeKind) = BuildCodes(formsArr);
        var (keys, keyForms) = BuildKeys(formsArr, parallel);
        OrderBucketsByFrequency(keys, keyForms, df);
        var unitRoleArr = unitRole.ToArray();
        var unitPositionArr = unitPosition.ToArray();
        var unitSpanArr = unitSpan.ToArray();
        var (pairs, pairPostings) = BuildPairs(nameCount, formsArr, df, options.CommonWordThreshold, nameUnitStartArr, unitFormStartArr, unitFormsArr, unitRoleArr, unitPositionArr, unitSpanArr, nameWordCountArr);
        var unitWeight = new float[unitRoleArr.Length];

        var data = new IndexData
        {
            Entries = [.. entries],
            NameEntry = nameEntry.ToArray(),
            NameTextIndex = nameTextIndex.ToArray(),
            NameReading = nameReading.ToArray(),
            NameWordCount = nameWordCountArr,
            NameCeiling = nameCeiling,
            NameFlag = nameFlag.ToArray(),
            NameUnitStart = nameUnitStartArr,
            UnitFormStart = unitFormStartArr,
            UnitForms = unitFormsArr,
            UnitRole = unitRoleArr,
            UnitPosition = unitPositionArr,
            UnitSpan = unitSpanArr,
            Forms = formsArr,
            FormCodeStart = codeStart,
            FormCodes = codes,
            FormCodeKind = codeKind,
            FormPairable = Array.ConvertAll(formsArr, PairableForm),
            DocumentFrequency = df,
            Keys = keys,
            KeyForms = keyForms,
            PostingStart = postingStart,
            Postings = postings,
            UnitWeight = unitWeight,
            Pairs = pairs,
            PairPostings = pairPostings,
            CommonWordThreshold = options.CommonWordThreshold,
        };
        for (var u = 0; u < unitWeight.Length; u++)
        {
            unitWeight[u] = data.Weight(unitRoleArr[u], df[unitFormsArr[unitFormStartArr[u]]]);
        }
        return data;
    }

    private static (int[] Df, int[] Start, int[] Postings) BuildPostings(int nameCount, int formCount, int[] nameUnitStart, int[] unitFormStart, int[] unitForms, byte[] nameWordCount)
    {
        var df = new int[formCount];
        var stamp = new int[formCount];
        Array.Fill(stamp, -1);
        for (var n = 0; n < nameCount; n++)
        {
            for (var u = nameUnitStart[n]; u < nameUnitStart[n + 1]; u++)
            {
                for (var f = unitFormStart[u]; f < unitFormStart[u + 1]; f++)
                {
                    var id = unitForms[f];
                    if (stamp[id] != n)
                    {
                        stamp[id] = n;
                        df[id]++;
                    }
                }
            }
        }
        var start = new int[formCount + 1];
        for (var i = 0; i < formCount; i++)
        {
            start[i + 1] = start[i] + df[i];
        }
        var postings = new int[start[formCount]];
        var fill = (int[])start.Clone();
        Array.Fill(stamp, -1);
        for (var n = 0; n < nameCount; n++)
        {
            for (var u = nameUnitStart[n]; u < nameUnitStart[n + 1]; u++)
            {
                for (var f = unitFormStart[u]; f < unitFormStart[u + 1]; f++)
                {
                    var id = unitForms[f];
                    if (stamp[id] != n)
                    {
                        stamp[id] = n;
                        postings[fill[id]++] = IndexData.PackPosting(n, nameWordCount[n]);
                    }
                }
            }
        }
        return (df, start, postings);
    }

    private static (int[] Start, byte[] Codes, byte[] Kind) BuildCodes(string[] forms)
    {
        var start = new int[forms.Length + 1];
        var kind = new byte[forms.Length];
        var total = 0;
        for (var i = 0; i < forms.Length; i++)
        {
            var (k, text) = FormCodes.Classify(forms[i]);
            kind[i] = k;
            total += k < 2 ? text.Length : 0;
            start[i + 1] = total;
        }
        var codes = new byte[total];
        for (var i = 0; i < forms.Length; i++)
        {
            if (kind[i] < 2)
            {
                FormCodes.Encode(FormCodes.Classify(forms[i]).Text, codes.AsSpan(start[i]));
            }
        }
        return (start, codes, kind);
    }

    /// <summary>Within each key, the forms most names use come first (the search reads only the head of large buckets).</summary>
    private static void OrderBucketsByFrequency(Dictionary<ulong, (int Start, int Count)> keys, int[] keyForms, int[] df)
    {
        var comparer = Comparer<int>.Create((a, b) => df[b] != df[a] ? df[b].CompareTo(df[a]) : a.CompareTo(b));
        foreach (var (start, count) in keys.Values)
        {
            if (count > 1)
            {
                Array.Sort(keyForms, start, count, comparer);
            }
        }
    }

    private static (Dictionary<ulong, (int, int)>, int[]) BuildKeys(string[] forms, ParallelOptions parallel)
    {
        var perForm = new ulong[forms.Length][];
        Parallel.For(0, forms.Length, parallel, () => new List<ulong>(32), (i, _, buffer) =>
        {
            buffer.Clear();
            RetrievalKeys.AddAll(forms[i], buffer);
            perForm[i] = [.. buffer];
            return buffer;
        }, _ => { });
        var total = 0L;
        foreach (var k in perForm)
        {
            total += k.Length;
        }
        var hashes = new ulong[total];
        var ids = new int[total];
        var p = 0;
        for (var i = 0; i < forms.Length; i++)
        {
            foreach (var h in perForm[i])
            {
                hashes[p] = h;
                ids[p] = i;
                p++;
            }
        }
        return Group(hashes, ids);
    }

    /// <summary>Sorts (key, value) pairs by key and groups them: key → (start, count) into the returned values (duplicates dropped).</summary>
    private static (Dictionary<ulong, (int, int)>, int[]) Group(ulong[] hashes, int[] values)
    {
        Array.Sort(hashes, values);
        var dict = new Dictionary<ulong, (int, int)>(capacity: Math.Max(16, hashes.Length / 3));
        var output = new int[values.Length];
        var o = 0;
        var i = 0;
        while (i < hashes.Length)
        {
            var j = i;
            while (j < hashes.Length && hashes[j] == hashes[i])
            {
                j++;
            }
            Array.Sort(values, i, j - i);
            var start = o;
            var last = int.MinValue;
            for (var k = i; k < j; k++)
            {
                if (values[k] != last)
                {
                    output[o++] = values[k];
                    last = values[k];
                }
            }
            dict[hashes[i]] = (start, o - start);
            i = j;
        }
        Array.Resize(ref output, o);
        return (dict, output);
    }

    /// <summary>
    /// Names by pairs of forms of two different words where at least one form is common (used by
    /// more than <paramref name="cap"/> names): Ivan + Sokolov, Wang + Wei. Rare forms are walked
    /// directly; a common word is never walked but met through its pairs. Single-word names made of a
    /// common form are filed under the pair (form, form).
    /// </summary>
    private static (Dictionary<ulong, (int, int)>, int[]) BuildPairs(int nameCount, string[] forms, int[] df, int cap,
        int[] nameUnitStart, int[] unitFormStart, int[] unitForms, NamePartRole[] unitRole, byte[] unitPosition, byte[] unitSpan, byte[] nameWordCount)
    {
        var keys = new List<ulong>(nameCount * 3);
        var names = new List<int>(nameCount * 3);
        var unitsForms = new List<(int Unit, int Form)>(16);
        for (var n = 0; n < nameCount; n++)
        {
            unitsForms.Clear();
            var searchable = 0;
            var anyCommon = false;
            for (var u = nameUnitStart[n]; u < nameUnitStart[n + 1]; u++)
            {
                if (!IsSearchable(unitRole[u]))
                {
                    continue;
                }
                searchable++;
                var added = 0;
                for (var f = unitFormStart[u]; f < unitFormStart[u + 1] && added < 4; f++)
                {
                    var id = unitForms[f];
                    if (PairableForm(forms[id]))
                    {
                        unitsForms.Add((u, id));
                        added++;
                        anyCommon |= df[id] > cap;
                    }
                }
            }
            if (!anyCommon)
            {
                continue;
            }
            if (searchable == 1)
            {
                foreach (var (_, id) in unitsForms)
                {
                    if (df[id] > cap)
                    {
                        keys.Add(IndexData.PairKey(id, id));
                        names.Add(IndexData.PackPosting(n, nameWordCount[n]));
                    }
                }
                continue;
            }
            for (var a = 0; a < unitsForms.Count; a++)
            {
                for (var b = a + 1; b < unitsForms.Count; b++)
                {
                    var (ua, fa) = unitsForms[a];
                    var (ub, fb) = unitsForms[b];
                    if (ua == ub || (df[fa] <= cap && df[fb] <= cap) || Overlap(unitPosition[ua], unitSpan[ua], unitPosition[ub], unitSpan[ub]))
                    {
                        continue;
                    }
                    keys.Add(IndexData.PairKey(fa, fb));
                    names.Add(IndexData.PackPosting(n, nameWordCount[n]));
                }
            }
        }
        return Group([.. keys], [.. names]);
    }

    public static bool IsSearchable(NamePartRole role) => role is NamePartRole.Name or NamePartRole.Patronymic or NamePartRole.OrgTerm or NamePartRole.Number;

    public static bool PairableForm(string form) => form.Length > 1 && form[0] != '#' && form[0] != '^';

    public static bool Overlap(int startA, int spanA, int startB, int spanB) => startA < startB + spanB && startB < startA + spanA;
}
