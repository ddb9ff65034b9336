using System.Buffers;

namespace MovieRecommender.Core.Recommendations.Search;

/// <summary>
/// Lazily merges the posting lists (ascending popularity ranks) of many words into one ascending,
/// duplicate-free stream with a binary min-heap of cursors: O(words) to start, O(log words) per rank,
/// so the top few results of a prefix covering thousands of words cost microseconds.
/// Heap storage is rented from the shared pool; dispose to return it.
/// </summary>
internal sealed class PostingMerger : IDisposable
{
    private readonly int[] _postings;
    private int[] _keys;
    private int[] _positions;
    private int[] _ends;
    private int _size;
    private int _lastRank = -1;

    public PostingMerger(int[] postings, int[] postingOffsets, ReadOnlySpan<WordRange> ranges)
    {
        _postings = postings;
        int words = 0;
        foreach (var range in ranges)
        {
            words += range.Length;
        }

        _keys = ArrayPool<int>.Shared.Rent(Math.Max(words, 1));
        _positions = ArrayPool<int>.Shared.Rent(Math.Max(words, 1));
        _ends = ArrayPool<int>.Shared.Rent(Math.Max(words, 1));
        foreach (var range in ranges)
        {
            for (int word = range.Start; word < range.End; word++)
            {
                int start = postingOffsets[word];
                int end = postingOffsets[word + 1];
                if (start < end)
                {
                    _keys[_size] = postings[start];
                    _positions[_size] = start;
                    _ends[_size] = end;
                    _size++;
                }
            }
        }

        for (int i = (_size / 2) - 1; i >= 0; i--)
        {
            SiftDown(i);
        }
    }

    /// <summary>Next rank in ascending order, skipping repeats; false when every list is exhausted.</summary>
    public bool TryNext(out int rank)
    {
        while (_size > 0)
        {
            int candidate = _keys[0];
            int next = _positions[0] + 1;
            if (next == _ends[0])
            {
                _size--;
                _keys[0] = _keys[_size];
                _positions[0] = _positions[_size];
                _ends[0] = _ends[_size];
            }
            else
            {
                _positions[0] = next;
                _keys[0] = _postings[next];
            }

            if (_size > 0)
            {
                SiftDown(0);
            }

            if (candidate != _lastRank)
            {
                _lastRank = candidate;
                rank = candidate;
                return true;
            }
        }

        rank = -1;
        return false;
    }

    public void Dispose()
    {
        if (_positions.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_keys);
            ArrayPool<int>.Shared.Return(_positions);
            ArrayPool<int>.Shared.Return(_ends);
            _keys = [];
            _positions = [];
            _ends = [];
            _size = 0;
        }
    }

    // The current rank of each cursor sits in _keys, so sifting compares adjacent ints instead of chasing
    // each cursor into the posting array.
    private void SiftDown(int index)
    {
        int key = _keys[index];
        int position = _positions[index];
        int end = _ends[index];
        while (true)
        {
            int child = (2 * index) + 1;
            if (child >= _size)
            {
                break;
            }

            if (child + 1 < _size && _keys[child + 1] < _keys[child])
            {
                child++;
            }

            if (_keys[child] >= key)
            {
                break;
            }

            _keys[index] = _keys[child];
            _positions[index] = _positions[child];
            _ends[index] = _ends[child];
            index = child;
        }

        _keys[index] = key;
        _positions[index] = position;
        _ends[index] = end;
    }
}
