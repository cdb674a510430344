namespace Concord.Matching.Index;

/// <summary>
/// Per query: similarity of each vocabulary form to each query unit (column), for the forms in the
/// units' expansions; O(1) lookups while the candidates are scored. Rows are allocated per form on
/// first use and stamped, so nothing is cleared between queries.
/// </summary>
internal sealed class FormSimTable
{
    private struct FormRow
    {
        public int Stamp;
        public int Row;
    }

    private readonly FormRow[] _formRow;

    /// <summary>A bit per form id modulo 2^16 set for the forms in the table: most record forms are not, and this small filter answers without touching the large per-form array.</summary>
    private readonly ulong[] _present = new ulong[1024];
    private float[] _rows = new float[1024];
    private int _stamp;
    private int _columns;
    private int _rowCount;

    public FormSimTable(int formCount)
    {
        _formRow = new FormRow[formCount];
    }

    /// <summary>Fills the table for a query plan: one column per unit of each reading (<see cref="QueryPlan.Column"/>).</summary>
    public void Fill(QueryPlan plan)
    {
        _stamp++;
        if (_stamp == int.MaxValue)
        {
            Array.Clear(_formRow);
            _stamp = 1;
        }
        _columns = Math.Max(1, plan.ColumnCount);
        _rowCount = 0;
        Array.Clear(_present);
        for (var r = 0; r < plan.Readings.Count; r++)
        {
            var exps = plan.Expansions[r];
            for (var u = 0; u < exps.Length; u++)
            {
                var column = plan.Column(r, u);
                var e = exps[u];
                for (var i = 0; i < e.Count; i++)
                {
                    ref var fr = ref _formRow[e.Forms[i]];
                    if (fr.Stamp != _stamp)
                    {
                        fr.Stamp = _stamp;
                        fr.Row = _rowCount++;
                        var bit = e.Forms[i] & 0xFFFF;
                        _present[bit >> 6] |= 1UL << bit;
                        var need = _rowCount * _columns;
                        if (need > _rows.Length)
                        {
                            Array.Resize(ref _rows, Math.Max(need, _rows.Length * 2));
                        }
                        _rows.AsSpan(fr.Row * _columns, _columns).Clear();
                    }
                    ref var cell = ref _rows[fr.Row * _columns + column];
                    if (e.Similarities[i] > cell)
                    {
                        cell = e.Similarities[i];
                    }
                }
            }
        }
    }

    /// <summary>Similarity of a vocabulary form to the unit of a column (0 if unrelated).</summary>
    public float Get(int form, int column)
    {
        var bit = form & 0xFFFF;
        if ((_present[bit >> 6] & (1UL << bit)) == 0)
        {
            return 0f;
        }
        var fr = _formRow[form];
        return fr.Stamp == _stamp ? _rows[fr.Row * _columns + column] : 0f;
    }
}
