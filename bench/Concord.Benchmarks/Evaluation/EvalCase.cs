using Concord.Matching.Model;

namespace Concord.Benchmarks.Evaluation;

/// <summary>One evaluation query and the entry ids that count as correct.</summary>
internal sealed record EvalCase(ScreeningQuery Query, HashSet<string> Expected);

/// <summary>A kind of evaluation: a watch list and queries against it.</summary>
internal sealed record EvalSet(string Name, string Description, IReadOnlyList<WatchlistEntry> Watchlist, IReadOnlyList<EvalCase> Cases, bool NonList = false);
