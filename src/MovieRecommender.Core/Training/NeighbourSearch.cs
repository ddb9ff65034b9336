using System.Collections.Concurrent;

namespace MovieRecommender.Core.Training;

/// <summary>
/// Top-K cosine neighbours of every row of an L2-normalised sparse matrix, via an inverted index: each query row
/// accumulates dot products into a dense per-thread buffer and keeps the best K in a small heap. Memory is
/// O(nnz + threads·N), never N×N. Rows are partitioned across threads with thread-local buffers.
/// </summary>
public sealed class NeighbourSearch
{
    private const int RowsPerPartition = 256;
    private const int ProgressSteps = 100;

    private readonly NeighbourOptions _options;

    public NeighbourSearch(NeighbourOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    public NeighbourGraph FindNeighbours(SparseMatrix vectors, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var rowCount = vectors.RowCount;
        var k = Math.Min(_options.Neighbours, Math.Max(0, rowCount - 1));
        var pruned = _options.UsesPruning(rowCount);
        var index = InvertedIndex.Build(vectors, pruned ? _options.MaxPostingsPerTerm : int.MaxValue);
        var counts = new int[rowCount];
        var indices = new int[(long)rowCount * k];
        var scores = new float[(long)rowCount * k];
        var done = 0;
        var reportEvery = Math.Max(1, rowCount / ProgressSteps);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };

        if (k > 0)
        {
            Parallel.ForEach(Partitioner.Create(0, rowCount, RowsPerPartition), parallel,
                () => new QueryBuffers(rowCount, k, pruned ? _options.RescoreCandidates : 0),
                (range, _, buffers) =>
                {
                    for (var row = range.Item1; row < range.Item2; row++)
                    {
                        var destination = (long)row * k;
                        counts[row] = pruned
                            ? QueryPruned(vectors, index, row, buffers, indices.AsSpan((int)destination, k), scores.AsSpan((int)destination, k))
                            : QueryExact(vectors, index, row, buffers, indices.AsSpan((int)destination, k), scores.AsSpan((int)destination, k));
                    }

                    var finished = Interlocked.Add(ref done, range.Item2 - range.Item1);
                    if (progress is not null && finished / reportEvery != (finished - (range.Item2 - range.Item1)) / reportEvery)
                    {
                        progress.Report((double)finished / rowCount);
                    }

                    return buffers;
                },
                _ => { });
        }

        progress?.Report(1);
        return Compact(counts, indices, scores, k);
    }

    private static int QueryExact(SparseMatrix vectors, InvertedIndex index, int row, QueryBuffers buffers, Span<int> outIndices, Span<float> outScores)
    {
        Accumulate(index, vectors.RowIndices(row), vectors.RowValues(row), buffers);
        var heap = buffers.Final;
        foreach (var candidate in buffers.TouchedSpan)
        {
            if (candidate != row && buffers.Accumulator[candidate] > 0)
            {
                heap.Offer(candidate, buffers.Accumulator[candidate]);
            }

            buffers.Accumulator[candidate] = 0;
        }

        buffers.ClearTouched();
        return heap.DrainDescending(outIndices, outScores);
    }

    private int QueryPruned(SparseMatrix vectors, InvertedIndex index, int row, QueryBuffers buffers, Span<int> outIndices, Span<float> outScores)
    {
        var queryCount = buffers.SelectTopTerms(vectors.RowIndices(row), vectors.RowValues(row), _options.QueryTermsPerMovie);
        Accumulate(index, buffers.QueryTerms[..queryCount], buffers.QueryWeights[..queryCount], buffers);
        var shortlist = buffers.Shortlist!;
        foreach (var candidate in buffers.TouchedSpan)
        {
            if (candidate != row && buffers.Accumulator[candidate] > 0)
            {
                shortlist.Offer(candidate, buffers.Accumulator[candidate]);
            }

            buffers.Accumulator[candidate] = 0;
        }

        buffers.ClearTouched();
        // Partial scores only rank candidates; the kept scores are exact cosines.
        var count = shortlist.DrainDescending(buffers.ShortlistIndices, buffers.ShortlistScores);
        var heap = buffers.Final;
        for (var i = 0; i < count; i++)
        {
            var candidate = buffers.ShortlistIndices[i];
            heap.Offer(candidate, vectors.Dot(row, candidate));
        }

        return heap.DrainDescending(outIndices, outScores);
    }

    private static void Accumulate(InvertedIndex index, ReadOnlySpan<int> terms, ReadOnlySpan<float> weights, QueryBuffers buffers)
    {
        var accumulator = buffers.Accumulator;
        for (var q = 0; q < terms.Length; q++)
        {
            var term = terms[q];
            var weight = weights[q];
            var start = index.Offsets[term];
            var length = index.Offsets[term + 1] - start;
            // Spans over the posting slice let the JIT drop bounds checks in this innermost loop.
            var documents = index.Documents.AsSpan(start, length);
            var postingWeights = index.Weights.AsSpan(start, length);
            for (var p = 0; p < documents.Length; p++)
            {
                var document = documents[p];
                ref var score = ref accumulator[document];
                // Weights are positive, so a zero accumulator means "not touched yet".
                if (score == 0)
                {
                    buffers.Touch(document);
                }

                score += weight * postingWeights[p];
            }
        }
    }

    private static NeighbourGraph Compact(int[] counts, int[] indices, float[] scores, int k)
    {
        var offsets = new int[counts.Length + 1];
        for (var row = 0; row < counts.Length; row++)
        {
            offsets[row + 1] = offsets[row] + counts[row];
        }

        // In place: each row moves to an offset no later than where it was computed, so nothing is overwritten early.
        for (var row = 0; row < counts.Length; row++)
        {
            if (offsets[row] != row * k)
            {
                Array.Copy(indices, (long)row * k, indices, offsets[row], counts[row]);
                Array.Copy(scores, (long)row * k, scores, offsets[row], counts[row]);
            }
        }

        var total = offsets[^1];
        if (total != indices.Length)
        {
            Array.Resize(ref indices, total);
            Array.Resize(ref scores, total);
        }

        return new NeighbourGraph(offsets, indices, scores);
    }
}
