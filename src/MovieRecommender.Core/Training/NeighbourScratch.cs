namespace MovieRecommender.Core.Training;

/// <summary>
/// One worker's scratch for <see cref="NeighbourSearch"/>, allocated once per worker and reused for every row it
/// queries: a catalog-sized accumulator of partial dot products, the list of films touched, a dense copy of the
/// query row, the query's terms with a read position in each posting list, and the heaps.
/// Everything a row dirties is cleared again through the touched list, so a row costs what it touches.
/// </summary>
internal sealed class NeighbourScratch
{
    private const int InitialTouched = 4096;
    private const int InitialQueryTerms = 256;

    private int[] _touched = new int[InitialTouched];

    public NeighbourScratch(int rowCount, int columnCount, int k, int seedCandidates)
    {
        Partial = new float[rowCount];
        DenseQuery = new float[columnCount];
        Final = new TopKHeap(k);
        Seeds = new TopKHeap(Math.Max(1, seedCandidates));
        SeedIndices = new int[Seeds.Capacity];
        SeedScores = new float[Seeds.Capacity];
        EnsureQueryCapacity(InitialQueryTerms);
    }

    /// <summary>Partial dot product of the query with each touched film (terms processed so far).</summary>
    public float[] Partial { get; }

    /// <summary>The query row scattered over the vocabulary (zero elsewhere), for exact dot products by gather.</summary>
    public float[] DenseQuery { get; }

    public TopKHeap Final { get; }

    public TopKHeap Seeds { get; }

    public int[] SeedIndices { get; }

    public float[] SeedScores { get; }

    public int TouchedCount { get; private set; }

    public Span<int> Touched => _touched.AsSpan(0, TouchedCount);

    public int[] QueryTerms { get; private set; } = [];

    public float[] QueryWeights { get; private set; } = [];

    /// <summary>Next unread posting of each query term's list.</summary>
    public int[] Cursors { get; private set; } = [];

    public void Touch(int document)
    {
        if (TouchedCount == _touched.Length)
        {
            Array.Resize(ref _touched, _touched.Length * 2);
        }

        _touched[TouchedCount++] = document;
    }

    /// <summary>Resets every accumulator the current row touched.</summary>
    public void ClearTouched()
    {
        foreach (var document in Touched)
        {
            Partial[document] = 0;
        }

        TouchedCount = 0;
    }

    public void EnsureQueryCapacity(int terms)
    {
        if (QueryTerms.Length >= terms)
        {
            return;
        }

        var capacity = Math.Max(terms, QueryTerms.Length * 2);
        QueryTerms = new int[capacity];
        QueryWeights = new float[capacity];
        Cursors = new int[capacity];
    }
}
