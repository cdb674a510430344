namespace Concord.Matching.Index;

/// <summary>Per-query working memory, reused across queries of one thread (no allocation per candidate).</summary>
internal sealed class QueryScratch
{
    public QueryScratch(int nameCount, int formCount)
    {
        Accumulator = new float[nameCount];
        Mask = new uint[nameCount];
        FormStamp = new int[formCount];
    }

    public float[] Accumulator { get; }

    public uint[] Mask { get; }

    public List<int> Touched { get; } = new(4096);

    public int[] FormStamp { get; }

    public int Stamp { get; set; }

    public List<(ulong Key, byte Tier)> Keys { get; } = new(64);

    public List<int> FormCandidates { get; } = new(1024);

    public PriorityQueue<int, float> Heap { get; } = new(64);

    public void Reset()
    {
        foreach (var n in Touched)
        {
            Accumulator[n] = 0;
            Mask[n] = 0;
        }
        Touched.Clear();
    }
}
