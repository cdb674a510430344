using Concord.Matching.Names;

namespace Concord.Matching.Index;

/// <summary>A parsed query: its readings, and for each unit the related vocabulary forms and its weight.</summary>
internal sealed class QueryPlan
{
    private readonly int[] _columnStart;

    public QueryPlan(List<NameReading> readings, UnitExpansion[][] expansions, float[][] weights)
    {
        Readings = readings;
        Expansions = expansions;
        Weights = weights;
        _columnStart = new int[readings.Count + 1];
        for (var r = 0; r < readings.Count; r++)
        {
            _columnStart[r + 1] = _columnStart[r] + readings[r].Units.Length;
        }
    }

    /// <summary>Number of (reading, unit) pairs.</summary>
    public int ColumnCount => _columnStart[^1];

    /// <summary>Index of a (reading, unit) pair among all units of all readings.</summary>
    public int Column(int reading, int unit) => _columnStart[reading] + unit;

    public List<NameReading> Readings { get; }

    /// <summary>[reading][unit] → expansion.</summary>
    public UnitExpansion[][] Expansions { get; }

    /// <summary>[reading][word position] → weight of that word.</summary>
    public float[][] Weights { get; }

    public static QueryPlan Create(List<NameReading> readings, IndexData data, QueryExpander expander, QueryScratch scratch)
    {
        var expansions = new UnitExpansion[readings.Count][];
        var weights = new float[readings.Count][];
        for (var r = 0; r < readings.Count; r++)
        {
            var reading = readings[r];
            expansions[r] = new UnitExpansion[reading.Units.Length];
            weights[r] = new float[reading.WordCount];
            for (var u = 0; u < reading.Units.Length; u++)
            {
                var unit = reading.Units[u];
                var exp = unit.Forms.Length == 1 && unit.Forms[0].Length == 1 ? UnitExpansion.Empty : expander.Expand(unit, scratch);
                expansions[r][u] = exp;
                if (unit.Span == 1 && unit.Start < weights[r].Length)
                {
                    // The weight of a word follows how common its best counterpart in the list is.
                    var df = exp.Count > 0 ? data.DocumentFrequency[exp.Forms[0]] : 0;
                    weights[r][unit.Start] = data.Weight(unit.Role, df);
                }
            }
        }
        return new QueryPlan(readings, expansions, weights);
    }
}
