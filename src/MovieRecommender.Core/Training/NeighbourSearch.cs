namespace MovieRecommender.Core.Training;

/// <summary>
/// Top-K cosine neighbours of every row of an L2-normalised sparse matrix, through an inverted index, on a fixed
/// number of worker threads that each allocate their scratch once. Memory is O(nnz + threads·N), never N×N.
/// <para>
/// Catalogs up to <see cref="NeighbourOptions.ExactSearchMaxMovies"/> films accumulate every posting of every
/// query term: the exact top K. Larger ones read impact-ordered posting lists (each sorted by descending weight)
/// score-at-a-time: in rounds of a falling contribution threshold λ, every query term's list is read while
/// q·w ≥ λ, so the largest contributions to every dot product come first, until the row's posting budget
/// (<see cref="NeighbourOptions.PostingBudget"/>) is spent or every list is read (then the result is exact). The
/// films with the best partial scores (<see cref="NeighbourOptions.RescoreCandidates"/>) are then scored exactly;
/// only exact cosines are kept. Common terms thus cost only the head of their list (the films where the term
/// weighs most), never the whole list. Recall against exact top K is measured by the bench <c>recall</c> command.
/// </para>
/// </summary>
public sealed class NeighbourSearch
{
    private const int RowsPerChunk = 64;
    private const int ProgressSteps = 100;

    // λ falls by this factor per round: small steps overshoot the posting budget by little.
    private const float ContributionStep = 0.8f;

    // Below this contribution a posting cannot move a cosine visibly; the last round reads the rest of every list.
    private const float MinContribution = 1e-4f;

    private readonly NeighbourOptions _options;

    public NeighbourSearch(NeighbourOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    public NeighbourGraph FindNeighbours(SparseMatrix vectors, IProgress<double>? progress = null, CancellationToken cancellationToken = default) =>
        FindNeighbours(vectors, statistics: null, progress, cancellationToken);

    /// <summary>As <see cref="FindNeighbours(SparseMatrix, IProgress{double}?, CancellationToken)"/>, counting its work into <paramref name="statistics"/>.</summary>
    public NeighbourGraph FindNeighbours(
        SparseMatrix vectors,
        NeighbourSearchStatistics? statistics,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var rowCount = vectors.RowCount;
        // Stryker disable once Arithmetic : equivalent for the graph; slots beyond the n−1 films a row can have as neighbours stay unused and are compacted away.
        var k = Math.Min(_options.Neighbours, Math.Max(0, rowCount - 1));
        var counts = new int[rowCount];
        var indices = new int[(long)rowCount * k];
        var scores = new float[(long)rowCount * k];
        if (k > 0)
        {
            var bounded = _options.UsesPruning(rowCount);
            var index = InvertedIndex.Build(vectors, impactOrdered: bounded, _options.EffectiveThreads);
            // Stryker disable once Arithmetic : equivalent for the graph; the chunk count only caps the workers of a small catalog, where a worker more finds no chunk and a worker fewer is only slower.
            var workers = Math.Max(1, Math.Min(_options.EffectiveThreads, (rowCount + RowsPerChunk - 1) / RowsPerChunk));
            var nextChunk = -1;
            var done = 0;
            var reportEvery = Math.Max(1, rowCount / ProgressSteps);
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken };

            // One long-lived body per worker pulling chunks of rows: scratch is allocated once per worker, and the
            // thread pool has no short work items to react to by injecting more threads.
            Parallel.For(0, workers, parallel, _ =>
            {
                var scratch = new NeighbourScratch(rowCount, vectors.ColumnCount, k, Math.Max(k, _options.RescoreCandidates));
                var query = new RowQuery(vectors, index, scratch, _options.PostingBudget);
                long postings = 0, exact = 0, cut = 0;
                while (true)
                {
                    var start = Interlocked.Increment(ref nextChunk) * RowsPerChunk;
                    // Stryker disable once Equality : equivalent; a chunk starting at the last row is empty, so `>` only adds an empty pass before the same break.
                    if (start >= rowCount)
                    {
                        break;
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    var end = Math.Min(rowCount, start + RowsPerChunk);
                    for (var row = start; row < end; row++)
                    {
                        var destination = (int)((long)row * k);
                        var outIndices = indices.AsSpan(destination, k);
                        var outScores = scores.AsSpan(destination, k);
                        counts[row] = bounded ? query.Bounded(row, outIndices, outScores) : query.Exhaustive(row, outIndices, outScores);
                    }

                    postings += query.PostingsRead;
                    exact += query.ExactScores;
                    cut += query.RowsCutShort;
                    query.ResetCounters();
                    var finished = Interlocked.Add(ref done, end - start);
                    if (progress is not null && finished / reportEvery != (finished - (end - start)) / reportEvery)
                    {
                        progress.Report((double)finished / rowCount);
                    }
                }

                statistics?.Add(postings, exact, cut);
            });
        }

        progress?.Report(1);
        return Compact(counts, indices, scores, k);
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

    /// <summary>The per-row work of one worker over its own scratch.</summary>
    private sealed class RowQuery(SparseMatrix vectors, InvertedIndex index, NeighbourScratch scratch, long postingBudget)
    {
        public long PostingsRead { get; private set; }

        public long ExactScores { get; private set; }

        public long RowsCutShort { get; private set; }

        public void ResetCounters() => (PostingsRead, ExactScores, RowsCutShort) = (0, 0, 0);

        /// <summary>Every posting of every term: the dot products come straight from the accumulator.</summary>
        public int Exhaustive(int row, Span<int> outIndices, Span<float> outScores)
        {
            var terms = vectors.RowIndices(row);
            var weights = vectors.RowValues(row);
            for (var i = 0; i < terms.Length; i++)
            {
                Accumulate(terms[i], weights[i]);
            }

            var heap = scratch.Final;
            foreach (var candidate in scratch.Touched)
            {
                if (candidate != row)
                {
                    heap.Offer(candidate, scratch.Partial[candidate]);
                }
            }

            scratch.ClearTouched();
            return heap.DrainDescending(outIndices, outScores);
        }

        public int Bounded(int row, Span<int> outIndices, Span<float> outScores)
        {
            var termCount = CopyQueryTerms(row);
            var queryTerms = scratch.QueryTerms;
            var queryWeights = scratch.QueryWeights;
            var cursors = scratch.Cursors;
            var offsets = index.Offsets;
            var postingWeights = index.Weights;

            // Score-at-a-time over impact-ordered lists: each round reads, in every list, the postings whose
            // contribution q·w is at least λ, then lowers λ; the biggest contributions are always read first.
            float lambda = 0;
            for (var i = 0; i < termCount; i++)
            {
                cursors[i] = offsets[queryTerms[i]];
                lambda = MathF.Max(lambda, queryWeights[i] * postingWeights[cursors[i]]);
            }

            long postings = 0;
            var open = termCount;
            while (open > 0 && postings < postingBudget)
            {
                // Stryker disable once Equality : practically equivalent; λ = q·w·0.8ⁿ lands on 1e-4 bit for bit only by chance, and then `>=` adds one round at 0.8·λ before the round that reads every rest.
                lambda = lambda > MinContribution ? lambda * ContributionStep : 0;
                open = 0;
                for (var i = 0; i < termCount; i++)
                {
                    var end = offsets[queryTerms[i] + 1];
                    if (cursors[i] == end)
                    {
                        continue;
                    }

                    var minWeight = lambda / queryWeights[i];
                    var stop = cursors[i];
                    while (stop < end && postingWeights[stop] >= minWeight)
                    {
                        stop++;
                    }

                    postings += AccumulateRange(cursors[i], stop, queryWeights[i]);
                    cursors[i] = stop;
                    open += stop < end ? 1 : 0;
                }
            }

            if (open > 0)
            {
                RowsCutShort++;
            }

            // Partial scores only rank candidates; every kept score is an exact cosine.
            var seeds = scratch.Seeds;
            foreach (var candidate in scratch.Touched)
            {
                if (candidate != row)
                {
                    seeds.Offer(candidate, scratch.Partial[candidate]);
                }
            }

            var count = seeds.DrainDescending(scratch.SeedIndices, scratch.SeedScores);
            for (var i = 0; i < count; i++)
            {
                OfferExact(scratch.SeedIndices[i]);
            }

            ClearQuery(termCount);
            scratch.ClearTouched();
            return scratch.Final.DrainDescending(outIndices, outScores);
        }

        /// <summary>Copies the row's terms and weights into the query buffers and scatters them into the dense query.</summary>
        private int CopyQueryTerms(int row)
        {
            var terms = vectors.RowIndices(row);
            var weights = vectors.RowValues(row);
            scratch.EnsureQueryCapacity(terms.Length);
            terms.CopyTo(scratch.QueryTerms);
            weights.CopyTo(scratch.QueryWeights);
            for (var i = 0; i < terms.Length; i++)
            {
                scratch.DenseQuery[terms[i]] = weights[i];
            }

            return terms.Length;
        }

        private void ClearQuery(int termCount)
        {
            for (var i = 0; i < termCount; i++)
            {
                scratch.DenseQuery[scratch.QueryTerms[i]] = 0;
            }
        }

        private void Accumulate(int term, float weight) =>
            AccumulateRange(index.Offsets[term], index.Offsets[term + 1], weight);

        private int AccumulateRange(int start, int end, float weight)
        {
            // Spans over the posting slice let the JIT drop bounds checks in this innermost loop.
            var documents = index.Documents.AsSpan(start, end - start);
            var postingWeights = index.Weights.AsSpan(start, end - start);
            var partial = scratch.Partial;
            for (var p = 0; p < documents.Length; p++)
            {
                var document = documents[p];
                ref var score = ref partial[document];
                // Weights are positive, so a zero accumulator means "not touched yet".
                if (score == 0)
                {
                    scratch.Touch(document);
                }

                score += weight * postingWeights[p];
            }

            PostingsRead += documents.Length;
            return documents.Length;
        }

        /// <summary>
        /// Exact cosine by gathering the candidate's row from the dense query: the same products summed in the same
        /// (ascending term) order as <see cref="SparseMatrix.Dot"/>, so the score is bit-identical to it.
        /// </summary>
        private void OfferExact(int candidate)
        {
            var terms = vectors.RowIndices(candidate);
            var weights = vectors.RowValues(candidate);
            var query = scratch.DenseQuery;
            float sum = 0;
            for (var i = 0; i < terms.Length; i++)
            {
                sum += query[terms[i]] * weights[i];
            }

            ExactScores++;
            // Stryker disable once Equality : equivalent; a rescored candidate shares a term with the row and weights are positive, so its cosine is never 0.
            if (sum > 0)
            {
                scratch.Final.Offer(candidate, sum);
            }
        }
    }
}
