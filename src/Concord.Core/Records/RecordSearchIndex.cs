using Concord.Core.Handling;
using Concord.Matching.Index;
using Concord.Matching.Model;
using Concord.Matching.Scoring;

namespace Concord.Core.Records;

/// <summary>What the index keeps of an active record: enough to match it, to decide access, and to show a result.</summary>
public sealed record IndexedRecord(
    string Id,
    RecordKind Kind,
    string OwnerOrganisationId,
    string? OwnerStateCode,
    Distribution Distribution,
    IReadOnlyList<string> DistributionStates,
    HandlingCode Handling,
    string HandlingConditions,
    string Evaluation,
    DateOnly ReviewDate,
    string LegalBasis,
    RecordDetails Details)
{
    public static IndexedRecord From(Record record)
    {
        ArgumentNullException.ThrowIfNull(record);
        // Stored codes are always valid; were one not, the record would fall back to the narrowest distribution.
        var kind = RecordCodes.TryParseKind(record.Kind, out var k) ? k : RecordKind.Person;
        var distribution = RecordCodes.TryParseDistribution(record.Distribution, out var d) ? d : Distribution.OwnerOnly;
        return new IndexedRecord(record.Id, kind, record.OwnerOrganisationId, record.OwnerStateCode, distribution, RecordStore.States(record),
            RecordStore.ParseHandling(record.HandlingCode), record.HandlingConditions, record.Evaluation, record.ReviewDate, record.LegalBasis,
            RecordStore.ReadDetails(record));
    }

    public Access.Resource.Record Resource(DateOnly today, int graceDays) =>
        new(Id, OwnerOrganisationId, OwnerStateCode, Distribution, DistributionStates, Handling, RecordStatus.Active,
            RecordStore.IsPastReview(ReviewDate, today, graceDays));

    public WatchlistEntry ToEntry()
    {
        var names = Details.Names.Select(n => new WatchlistName(n.Text, n.Kind switch
        {
            RecordNameKinds.Alias => NameKind.Alias,
            RecordNameKinds.WeakAlias => NameKind.WeakAlias,
            RecordNameKinds.Former => NameKind.Former,
            RecordNameKinds.OriginalScript => NameKind.OriginalScript,
            _ => NameKind.Primary,
        })).ToList();
        var dates = new List<PartialDate>();
        foreach (var b in Details.BirthDates)
        {
            if (PartialDate.TryParse(b, out var d))
            {
                dates.Add(d);
            }
        }
        return new WatchlistEntry(Id, Kind switch
        {
            RecordKind.Person => EntityKind.Person,
            RecordKind.Organisation => EntityKind.Organization,
            _ => EntityKind.Unknown,
        }, names)
        {
            BirthDates = dates,
            Nationalities = Details.Nationalities,
            DocumentNumbers = [.. Details.Documents.Select(x => x.Number)],
        };
    }
}

/// <summary>A record the index found, with the matcher's score and explanation (null for exact look-ups).</summary>
public sealed record IndexHit(IndexedRecord Record, double Score, string MatchedName, Explanation? Explanation, string How);

/// <summary>What to look for in the index.</summary>
public sealed record IndexQuery(
    string? Name,
    EntityKind NameKind,
    PartialDate? BirthDate,
    string? Nationality,
    string? DocumentNumber,
    string? UrlOrHash,
    int Top,
    double Threshold);

/// <summary>
/// The node's in-memory search index over active records: a main <see cref="MatchIndex"/> built from a snapshot, a
/// small overlay index of records changed since, and exact look-ups by document number, year of birth, URL and hash.
/// Changes are visible to the next search as soon as <see cref="Apply"/> returns; when the overlay grows past its limit
/// the main index is rebuilt. Searches run concurrently with each other and with rebuilds.
/// </summary>
public sealed class RecordSearchIndex : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly Dictionary<string, IndexedRecord> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<int, HashSet<string>> _birthYears = [];
    private readonly Dictionary<string, HashSet<string>> _materials = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly int _overlayLimit;
    private MatchIndex _main = MatchIndex.Build([]);
    private MatchIndex _overlay = MatchIndex.Build([]);
    private HashSet<string> _stale = new(StringComparer.Ordinal);

    public RecordSearchIndex(Microsoft.Extensions.Options.IOptions<RecordsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _overlayLimit = options.Value.OverlayLimit;
    }

    /// <summary>Completes when the index has been loaded from the database.</summary>
    public Task WhenReady => _ready.Task;

    public bool IsReady => _ready.Task.IsCompleted;

    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _records.Count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>Replaces the whole content (start-up, after a bulk load) and marks the index ready.</summary>
    public async Task LoadAsync(IReadOnlyCollection<IndexedRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        await _writer.WaitAsync(cancellationToken);
        try
        {
            var main = MatchIndex.Build(records.Select(r => r.ToEntry()).ToList());
            _lock.EnterWriteLock();
            try
            {
                _records.Clear();
                _documents.Clear();
                _birthYears.Clear();
                _materials.Clear();
                foreach (var r in records)
                {
                    _records[r.Id] = r;
                    AddKeys(r);
                }
                _main = main;
                _overlay = MatchIndex.Build([]);
                _stale = new HashSet<string>(StringComparer.Ordinal);
            }
            finally
            {
                _lock.ExitWriteLock();
            }
            _ready.TrySetResult();
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Adds or replaces active records and removes the others. A no-op until the index is loaded (the loader then reads the database).</summary>
    public async Task ApplyAsync(IReadOnlyCollection<IndexedRecord> upserts, IReadOnlyCollection<string> removals, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upserts);
        ArgumentNullException.ThrowIfNull(removals);
        if (!IsReady || (upserts.Count == 0 && removals.Count == 0))
        {
            return;
        }
        await _writer.WaitAsync(cancellationToken);
        try
        {
            List<IndexedRecord> overlayEntries;
            bool rebuild;
            _lock.EnterWriteLock();
            try
            {
                foreach (var id in removals.Concat(upserts.Select(u => u.Id)))
                {
                    if (_records.Remove(id, out var old))
                    {
                        RemoveKeys(old);
                    }
                    _stale.Add(id);
                }
                foreach (var r in upserts)
                {
                    _records[r.Id] = r;
                    AddKeys(r);
                }
                rebuild = _stale.Count > _overlayLimit;
                overlayEntries = rebuild ? [.. _records.Values] : [.. _stale.Where(_records.ContainsKey).Select(id => _records[id])];
            }
            finally
            {
                _lock.ExitWriteLock();
            }
            // Built outside the lock: searches go on meanwhile and see the old overlay, which still excludes nothing new.
            var built = MatchIndex.Build(overlayEntries.Select(r => r.ToEntry()).ToList());
            _lock.EnterWriteLock();
            try
            {
                if (rebuild)
                {
                    _main = built;
                    _overlay = MatchIndex.Build([]);
                    _stale = new HashSet<string>(StringComparer.Ordinal);
                }
                else
                {
                    _overlay = built;
                }
            }
            finally
            {
                _lock.ExitWriteLock();
            }
        }
        finally
        {
            _writer.Release();
        }
    }

    public IReadOnlyList<IndexHit> Search(IndexQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hits = new Dictionary<string, IndexHit>(StringComparer.Ordinal);
        void Keep(IndexHit hit)
        {
            if (!hits.TryGetValue(hit.Record.Id, out var current) || hit.Score > current.Score)
            {
                hits[hit.Record.Id] = hit;
            }
        }
        _lock.EnterReadLock();
        try
        {
            if (!string.IsNullOrWhiteSpace(query.Name))
            {
                var screening = new ScreeningQuery(query.Name, query.BirthDate, query.Nationality, query.DocumentNumber, query.NameKind);
                var wanted = query.Top * 2;
                foreach (var c in _main.Screen(screening, wanted + Math.Min(_stale.Count, 200), query.Threshold))
                {
                    if (!_stale.Contains(c.Entry.Id) && _records.TryGetValue(c.Entry.Id, out var r))
                    {
                        Keep(new IndexHit(r, c.Score, c.MatchedName, c.Explanation, "name"));
                    }
                }
                foreach (var c in _overlay.Screen(screening, wanted, query.Threshold))
                {
                    if (_records.TryGetValue(c.Entry.Id, out var r))
                    {
                        Keep(new IndexHit(r, c.Score, c.MatchedName, c.Explanation, "name"));
                    }
                }
            }
            if (!string.IsNullOrWhiteSpace(query.DocumentNumber) && _documents.TryGetValue(RecordRules.DocumentKey(query.DocumentNumber), out var byDocument))
            {
                foreach (var id in byDocument)
                {
                    var r = _records[id];
                    var number = r.Details.Documents.First(d => RecordRules.DocumentKey(d.Number) == RecordRules.DocumentKey(query.DocumentNumber)).Number;
                    Keep(new IndexHit(r, 1.0, number, null, "document"));
                }
            }
            if (!string.IsNullOrWhiteSpace(query.UrlOrHash) && _materials.TryGetValue(MaterialKey(query.UrlOrHash), out var byMaterial))
            {
                foreach (var id in byMaterial)
                {
                    Keep(new IndexHit(_records[id], 1.0, _records[id].Details.DisplayName, null, "material"));
                }
            }
            // A date of birth alone (no name, no document): every person born on a compatible date.
            if (string.IsNullOrWhiteSpace(query.Name) && string.IsNullOrWhiteSpace(query.DocumentNumber) && query.BirthDate is { } born
                && _birthYears.TryGetValue(born.Year, out var byYear))
            {
                foreach (var id in byYear)
                {
                    var r = _records[id];
                    var date = r.Details.BirthDates.FirstOrDefault(b => PartialDate.TryParse(b, out var d) && Compatible(d, born));
                    if (date is not null && (query.Nationality is null || r.Details.Nationalities.Contains(query.Nationality)))
                    {
                        Keep(new IndexHit(r, 1.0, date, null, "birth-date"));
                    }
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
        return [.. hits.Values.OrderByDescending(h => h.Score).ThenBy(h => h.Record.Id, StringComparer.Ordinal)];
    }

    private static bool Compatible(PartialDate a, PartialDate b) =>
        a.Year == b.Year && (a.Month is null || b.Month is null || a.Month == b.Month) && (a.Day is null || b.Day is null || a.Day == b.Day);

    /// <summary>A URL as compared (scheme and host in lower case, no trailing slash), or a hash in lower case.</summary>
    public static string MaterialKey(string urlOrHash)
    {
        ArgumentNullException.ThrowIfNull(urlOrHash);
        var t = urlOrHash.Trim();
        if (Uri.TryCreate(t, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ftp")
        {
            return (uri.Host.ToLowerInvariant() + uri.PathAndQuery).TrimEnd('/');
        }
        return t.ToLowerInvariant();
    }

    private void AddKeys(IndexedRecord r)
    {
        foreach (var d in r.Details.Documents)
        {
            Add(_documents, RecordRules.DocumentKey(d.Number), r.Id);
        }
        foreach (var b in r.Details.BirthDates)
        {
            if (PartialDate.TryParse(b, out var date))
            {
                Add(_birthYears, date.Year, r.Id);
            }
        }
        if (r.Details.Url.Length > 0)
        {
            Add(_materials, MaterialKey(r.Details.Url), r.Id);
        }
        if (r.Details.ContentHash.Length > 0)
        {
            Add(_materials, MaterialKey(r.Details.ContentHash), r.Id);
        }
    }

    private void RemoveKeys(IndexedRecord r)
    {
        foreach (var d in r.Details.Documents)
        {
            Remove(_documents, RecordRules.DocumentKey(d.Number), r.Id);
        }
        foreach (var b in r.Details.BirthDates)
        {
            if (PartialDate.TryParse(b, out var date))
            {
                Remove(_birthYears, date.Year, r.Id);
            }
        }
        Remove(_materials, MaterialKey(r.Details.Url), r.Id);
        Remove(_materials, MaterialKey(r.Details.ContentHash), r.Id);
    }

    private static void Add<TKey>(Dictionary<TKey, HashSet<string>> map, TKey key, string id)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }
        set.Add(id);
    }

    private static void Remove<TKey>(Dictionary<TKey, HashSet<string>> map, TKey key, string id)
        where TKey : notnull
    {
        if (map.TryGetValue(key, out var set) && set.Remove(id) && set.Count == 0)
        {
            map.Remove(key);
        }
    }

    public void Dispose()
    {
        _lock.Dispose();
        _writer.Dispose();
    }
}
