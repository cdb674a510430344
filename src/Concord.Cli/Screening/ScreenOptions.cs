using Concord.Matching.Watchlists;

namespace Concord.Cli.Screening;

/// <summary>What `concord screen` was asked to do.</summary>
public sealed record ScreenOptions(
    string Watchlist,
    string Input,
    string Output,
    int Top = 10,
    double Threshold = 0,
    WatchlistFormat Format = WatchlistFormat.Auto,
    bool Strict = false,
    int Threads = 0);
