using System.Collections.Concurrent;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Updating;

/// <summary>
/// Neighbour lists after some films were added or replaced (the incoming rows), without searching again for the
/// others. Each incoming film's exact cosine with every film comes from one pass over the postings of its terms.
/// That gives its own top-K, and, because cosine is symmetric, every other film whose list it now enters: those
/// whose K-th score it beats. An existing film's other similarities have not changed, so its new list is its old
/// one merged with the films that beat its K-th. A film that listed a replaced film gets that film's new score if
/// it still reaches the old K-th; otherwise the list is one shorter until the next full training. Every list is
/// thus the exact top of its film's neighbours, at most K long.
/// </summary>
internal sealed class IncrementalNeighbourSearch(int neighbours, int maxDegreeOfParallelism)
{
    private const int RowsPerPartition = 16;

    public IncrementalNeighbourResult Update(
        SparseMatrix vectors, NeighbourGraph previous, IReadOnlyList<int> incomingRows, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var rowCount = vectors.RowCount;
        var k = Math.Min(neighbours, Math.Max(0, rowCount - 1));
        var isIncoming = new bool[rowCount];
        foreach (var row in incomingRows)
        {
            isIncoming[row] = true;
        }

        var (thresholds, listsIncoming) = Thresholds(previous, isIncoming, k);
        var postings = TermPostings.ForTermsOf(vectors, incomingRows);
        var incomingLists = new Neighbour[incomingRows.Count][];
        var found = new ConcurrentBag<List<Insertion>>();
        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.ForEach(Partitioner.Create(0, incomingRows.Count, RowsPerPartition), parallel,
            () => new Scratch(rowCount, Math.Max(1, k)),
            (range, _, scratch) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    incomingLists[i] = Query(vectors, postings, incomingRows[i], k, isIncoming, thresholds, scratch);
                }

                progress?.Report((double)Interlocked.Add(ref done, range.Item2 - range.Item1) / Math.Max(1, incomingRows.Count));
                return scratch;
            },
            scratch => found.Add(scratch.Insertions));

        var merged = Merge(previous, isIncoming, listsIncoming, found.SelectMany(f => f), k);
        var graph = Compose(previous, incomingRows, incomingLists, merged);
        var changed = merged.Count(m => !SameList(previous, m.Key, m.Value));
        return new IncrementalNeighbourResult(graph, changed);
    }

    private static (float[] Thresholds, bool[] ListsIncoming) Thresholds(NeighbourGraph previous, bool[] isIncoming, int k)
    {
        var thresholds = new float[isIncoming.Length];
        var listsIncoming = new bool[isIncoming.Length];
        for (var row = 0; row < isIncoming.Length; row++)
        {
            if (isIncoming[row])
            {
                continue;
            }

            var scores = previous.ScoresOf(row);
            thresholds[row] = scores.Length < k ? 0 : scores[^1];
            foreach (var neighbour in previous.NeighboursOf(row))
            {
                listsIncoming[row] |= isIncoming[neighbour];
            }
        }

        return (thresholds, listsIncoming);
    }

    private static Neighbour[] Query(
        SparseMatrix vectors, TermPostings postings, int query, int k, bool[] isIncoming, float[] thresholds, Scratch scratch)
    {
        var accumulator = scratch.Accumulator;
        var terms = vectors.RowIndices(query);
        var weights = vectors.RowValues(query);
        for (var t = 0; t < terms.Length; t++)
        {
            var start = postings.Offsets[terms[t]];
            var rows = postings.Rows.AsSpan(start, postings.Offsets[terms[t] + 1] - start);
            var rowWeights = postings.Weights.AsSpan(start, rows.Length);
            var weight = weights[t];
            for (var p = 0; p < rows.Length; p++)
            {
                ref var score = ref accumulator[rows[p]];
                // Weights are positive, so zero means "not reached yet".
                if (score == 0)
                {
                    scratch.Touch(rows[p]);
                }

                score += weight * rowWeights[p];
            }
        }

        var heap = scratch.Heap;
        foreach (var row in scratch.Touched)
        {
            var score = accumulator[row];
            accumulator[row] = 0;
            if (row == query || score <= 0)
            {
                continue;
            }

            heap.Offer(row, score);
            // At or above the old K-th score it belongs in the list. Below it, some film never looked at may rank
            // higher, so it stays out even where a replaced film left a gap.
            if (!isIncoming[row] && score >= thresholds[row])
            {
                scratch.Insertions.Add(new Insertion(row, new Neighbour(query, score)));
            }
        }

        scratch.ClearTouched();
        var indices = new int[heap.Count];
        var scores = new float[heap.Count];
        var count = heap.DrainDescending(indices, scores);
        var list = new Neighbour[Math.Min(count, k)];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = new Neighbour(indices[i], scores[i]);
        }

        return list;
    }

    /// <summary>New lists of the existing films that gain an incoming film or listed a replaced one.</summary>
    private static Dictionary<int, Neighbour[]> Merge(
        NeighbourGraph previous, bool[] isIncoming, bool[] listsIncoming, IEnumerable<Insertion> insertions, int k)
    {
        var gains = insertions.GroupBy(i => i.Row).ToDictionary(g => g.Key, g => g.Select(i => i.Neighbour).ToList());
        for (var row = 0; row < listsIncoming.Length; row++)
        {
            if (listsIncoming[row] && !gains.ContainsKey(row))
            {
                gains[row] = [];
            }
        }

        var merged = new Dictionary<int, Neighbour[]>(gains.Count);
        foreach (var (row, gained) in gains)
        {
            var candidates = new List<Neighbour>(k + gained.Count);
            var neighbours = previous.NeighboursOf(row);
            var scores = previous.ScoresOf(row);
            for (var i = 0; i < neighbours.Length; i++)
            {
                // A replaced film's old score is stale; its new one, if any, is among the gains.
                if (!isIncoming[neighbours[i]])
                {
                    candidates.Add(new Neighbour(neighbours[i], scores[i]));
                }
            }

            candidates.AddRange(gained);
            candidates.Sort(Neighbour.BestFirst);
            merged[row] = [.. candidates.Take(k)];
        }

        return merged;
    }

    private static NeighbourGraph Compose(
        NeighbourGraph previous, IReadOnlyList<int> incomingRows, Neighbour[][] incomingLists, Dictionary<int, Neighbour[]> merged)
    {
        var replacement = new Dictionary<int, Neighbour[]>(merged);
        for (var i = 0; i < incomingRows.Count; i++)
        {
            replacement[incomingRows[i]] = incomingLists[i];
        }

        var rowCount = previous.RowCount;
        var offsets = new int[rowCount + 1];
        for (var row = 0; row < rowCount; row++)
        {
            offsets[row + 1] = offsets[row] + (replacement.TryGetValue(row, out var list) ? list.Length : previous.NeighboursOf(row).Length);
        }

        var indices = new int[offsets[^1]];
        var scores = new float[offsets[^1]];
        for (var row = 0; row < rowCount; row++)
        {
            if (replacement.TryGetValue(row, out var list))
            {
                for (var i = 0; i < list.Length; i++)
                {
                    indices[offsets[row] + i] = list[i].Row;
                    scores[offsets[row] + i] = list[i].Score;
                }
            }
            else
            {
                previous.NeighboursOf(row).CopyTo(indices.AsSpan(offsets[row]));
                previous.ScoresOf(row).CopyTo(scores.AsSpan(offsets[row]));
            }
        }

        return new NeighbourGraph(offsets, indices, scores);
    }

    private static bool SameList(NeighbourGraph previous, int row, Neighbour[] list)
    {
        var neighbours = previous.NeighboursOf(row);
        if (neighbours.Length != list.Length)
        {
            return false;
        }

        for (var i = 0; i < list.Length; i++)
        {
            if (neighbours[i] != list[i].Row)
            {
                return false;
            }
        }

        return true;
    }

    private readonly record struct Insertion(int Row, Neighbour Neighbour);

    /// <summary>Per-thread buffers: a dense accumulator over all films, the films it reached, a top-K heap.</summary>
    private sealed class Scratch(int rowCount, int k)
    {
        private int[] _touched = new int[1024];
        private int _touchedCount;

        public float[] Accumulator { get; } = new float[rowCount];

        public TopKHeap Heap { get; } = new(k);

        public List<Insertion> Insertions { get; } = [];

        public ReadOnlySpan<int> Touched => _touched.AsSpan(0, _touchedCount);

        public void Touch(int row)
        {
            if (_touchedCount == _touched.Length)
            {
                Array.Resize(ref _touched, _touched.Length * 2);
            }

            _touched[_touchedCount++] = row;
        }

        public void ClearTouched() => _touchedCount = 0;
    }
}
