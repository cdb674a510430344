namespace Concord.Matching.Index;

/// <summary>The vocabulary forms related to one query unit, with similarities (best first; at most a few dozen).</summary>
internal sealed class UnitExpansion
{
    public static readonly UnitExpansion Empty = new([], []);

    public UnitExpansion(int[] forms, float[] similarities)
    {
        Forms = forms;
        Similarities = similarities;
    }

    public int[] Forms { get; }

    public float[] Similarities { get; }

    public int Count => Forms.Length;

    /// <summary>Similarity to a vocabulary form, 0 if unrelated (a vectorised scan: the arrays are short).</summary>
    public float SimilarityTo(int form)
    {
        var i = Array.IndexOf(Forms, form);
        return i >= 0 ? Similarities[i] : 0f;
    }
}
