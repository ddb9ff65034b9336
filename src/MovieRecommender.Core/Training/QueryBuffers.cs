namespace MovieRecommender.Core.Training;

/// <summary>Per-thread scratch of <see cref="NeighbourSearch"/>: dense accumulator, touched list and heaps.</summary>
internal sealed class QueryBuffers
{
    private int[] _touched = new int[1024];
    private int _touchedCount;
    private int[] _queryTerms = [];
    private float[] _queryWeights = [];

    public QueryBuffers(int rowCount, int k, int shortlistSize)
    {
        Accumulator = new float[rowCount];
        Final = new TopKHeap(k);
        if (shortlistSize > 0)
        {
            Shortlist = new TopKHeap(shortlistSize);
            ShortlistIndices = new int[shortlistSize];
            ShortlistScores = new float[shortlistSize];
        }
    }

    public float[] Accumulator { get; }
    public TopKHeap Final { get; }
    public TopKHeap? Shortlist { get; }
    public int[] ShortlistIndices { get; } = [];
    public float[] ShortlistScores { get; } = [];
    public ReadOnlySpan<int> TouchedSpan => _touched.AsSpan(0, _touchedCount);

    public void Touch(int document)
    {
        if (_touchedCount == _touched.Length)
        {
            Array.Resize(ref _touched, _touched.Length * 2);
        }

        _touched[_touchedCount++] = document;
    }

    public void ClearTouched() => _touchedCount = 0;

    public ReadOnlySpan<int> QueryTerms => _queryTerms;
    public ReadOnlySpan<float> QueryWeights => _queryWeights;

    /// <summary>
    /// Copies the row's <paramref name="max"/> highest-weight terms (all when shorter) into
    /// <see cref="QueryTerms"/>/<see cref="QueryWeights"/> and returns how many.
    /// </summary>
    public int SelectTopTerms(ReadOnlySpan<int> terms, ReadOnlySpan<float> weights, int max)
    {
        if (_queryTerms.Length < terms.Length)
        {
            _queryTerms = new int[terms.Length];
            _queryWeights = new float[terms.Length];
        }

        var keys = _queryWeights.AsSpan(0, terms.Length);
        var values = _queryTerms.AsSpan(0, terms.Length);
        for (var i = 0; i < terms.Length; i++)
        {
            keys[i] = -weights[i];
            values[i] = terms[i];
        }

        var count = Math.Min(max, terms.Length);
        if (terms.Length > max)
        {
            keys.Sort(values);
        }

        for (var i = 0; i < count; i++)
        {
            keys[i] = -keys[i];
        }

        return count;
    }
}
