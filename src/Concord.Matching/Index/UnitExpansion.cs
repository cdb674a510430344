namespace Concord.Matching.Index;

/// <summary>The vocabulary forms related to one query unit, with similarities (best first).</summary>
internal sealed class UnitExpansion
{
    public static readonly UnitExpansion Empty = new([], []);

    private readonly Dictionary<int, float> _map;

    public UnitExpansion(int[] forms, float[] similarities)
    {
        Forms = forms;
        Similarities = similarities;
        _map = new Dictionary<int, float>(forms.Length);
        for (var i = 0; i < forms.Length; i++)
        {
            _map[forms[i]] = similarities[i];
        }
    }

    public int[] Forms { get; }

    public float[] Similarities { get; }

    public int Count => Forms.Length;

    public float SimilarityTo(int form) => _map.TryGetValue(form, out var s) ? s : 0f;
}
