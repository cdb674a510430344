namespace Concord.Benchmarks.Synthetic;

/// <summary>Draws items with probability proportional to their weight (real frequency of a name part).</summary>
internal sealed class WeightedPool<T>
{
    private readonly List<T> _items = [];
    private readonly List<double> _cumulative = [];
    private double _total;

    public int Count => _items.Count;

    public void Add(T item, double weight)
    {
        if (weight <= 0)
        {
            return;
        }
        _total += weight;
        _items.Add(item);
        _cumulative.Add(_total);
    }

    public T Draw(Random rng)
    {
        var x = rng.NextDouble() * _total;
        var i = _cumulative.BinarySearch(x);
        if (i < 0)
        {
            i = ~i;
        }
        return _items[Math.Min(i, _items.Count - 1)];
    }
}
