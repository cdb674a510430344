namespace Concord.Matching.Model;

/// <summary>How a name of a watch-list entry was given by the list.</summary>
public enum NameKind
{
    /// <summary>The main name.</summary>
    Primary,
    /// <summary>An alias of good quality (a.k.a.).</summary>
    Alias,
    /// <summary>A low-quality or weak alias.</summary>
    WeakAlias,
    /// <summary>A former name (f.k.a.).</summary>
    Former,
    /// <summary>The name in its original script.</summary>
    OriginalScript,
}

/// <summary>One name of an entry.</summary>
public sealed record WatchlistName(string Text, NameKind Kind = NameKind.Primary);

/// <summary>
/// A person or organisation on a watch list, as the matcher sees it. Built by the list readers
/// in <see cref="Watchlists"/> or by the caller (e.g. from database records).
/// </summary>
public sealed record WatchlistEntry
{
    public WatchlistEntry(string id, EntityKind kind, IReadOnlyList<WatchlistName> names)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(names);
        Id = id;
        Kind = kind;
        Names = names;
    }

    /// <summary>The list's identifier (e.g. QDi.290, OFAC ent_num, a record id).</summary>
    public string Id { get; }

    public EntityKind Kind { get; }

    /// <summary>Primary name first, then aliases and original-script names.</summary>
    public IReadOnlyList<WatchlistName> Names { get; }

    /// <summary>Dates of birth (or of registration), possibly partial.</summary>
    public IReadOnlyList<PartialDate> BirthDates { get; init; } = [];

    /// <summary>Nationalities or countries as ISO 3166-1 alpha-2 codes (upper case).</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];

    /// <summary>Passport, identity or registration numbers as written.</summary>
    public IReadOnlyList<string> DocumentNumbers { get; init; } = [];

    /// <summary>The primary name (or the first name given).</summary>
    public string PrimaryName => Names.Count > 0 ? Names[0].Text : "";
}
