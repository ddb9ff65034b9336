namespace MovieRecommender.Core.Training;

/// <summary>
/// Fixed-capacity min-heap keeping the K best (score, index) pairs. Ties prefer the lower index, so results are
/// deterministic regardless of the order candidates arrive in.
/// </summary>
internal sealed class TopKHeap(int capacity)
{
    private readonly float[] _scores = new float[capacity];
    private readonly int[] _indices = new int[capacity];

    public int Count { get; private set; }

    public int Capacity => capacity;

    public void Clear() => Count = 0;

    public void Offer(int index, float score)
    {
        if (Count < capacity)
        {
            _scores[Count] = score;
            _indices[Count] = index;
            SiftUp(Count++);
        }
        else if (IsBetter(score, index, _scores[0], _indices[0]))
        {
            _scores[0] = score;
            _indices[0] = index;
            SiftDown(0);
        }
    }

    /// <summary>Writes the contents best first and empties the heap.</summary>
    public int DrainDescending(Span<int> indices, Span<float> scores)
    {
        var n = Count;
        for (var at = n - 1; at >= 0; at--)
        {
            indices[at] = _indices[0];
            scores[at] = _scores[0];
            Count--;
            _scores[0] = _scores[Count];
            _indices[0] = _indices[Count];
            SiftDown(0);
        }

        return n;
    }

    // "a is better than b": higher score, or equal score and lower index.
    private static bool IsBetter(float scoreA, int indexA, float scoreB, int indexB) =>
        scoreA > scoreB || (scoreA == scoreB && indexA < indexB);

    private void SiftUp(int child)
    {
        while (child > 0)
        {
            var parent = (child - 1) / 2;
            if (!IsBetter(_scores[parent], _indices[parent], _scores[child], _indices[child]))
            {
                break;
            }

            Swap(parent, child);
            child = parent;
        }
    }

    private void SiftDown(int parent)
    {
        while (true)
        {
            var worst = parent;
            var left = (2 * parent) + 1;
            var right = left + 1;
            if (left < Count && IsBetter(_scores[worst], _indices[worst], _scores[left], _indices[left]))
            {
                worst = left;
            }

            if (right < Count && IsBetter(_scores[worst], _indices[worst], _scores[right], _indices[right]))
            {
                worst = right;
            }

            if (worst == parent)
            {
                return;
            }

            Swap(parent, worst);
            parent = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
        (_indices[a], _indices[b]) = (_indices[b], _indices[a]);
    }
}
