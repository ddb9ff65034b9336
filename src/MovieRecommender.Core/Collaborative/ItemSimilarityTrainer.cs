using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Collaborative;

/// <summary>
/// Computes each film's top-K item-item neighbours from a <see cref="RatingMatrix"/> (see
/// <see cref="ItemSimilarityOptions"/>). For film i the raters' other ratings are accumulated into a dense
/// per-thread buffer (dot products and common-rater counts), so the work is the sum over i of its raters' rating
/// counts, never a films × films matrix. Deterministic: ties keep the lower film index.
/// </summary>
public static class ItemSimilarityTrainer
{
    public static NeighbourGraph Train(RatingMatrix ratings, ItemSimilarityOptions options, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var (centeredByUser, sampleStride) = CenterByUser(ratings, options.MaxRatingsPerUser);
        var norms = FilmNorms(ratings, centeredByUser);
        var centeredByFilm = CenteredByFilm(ratings, centeredByUser);

        int films = ratings.FilmCount;
        int k = options.Neighbours;
        var counts = new int[films];
        var rowIndices = new int[films][];
        var rowScores = new float[films][];
        int done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.EffectiveThreads, CancellationToken = cancellationToken };
        Parallel.For(0, films, parallel, () => new Accumulator(films, k), (film, _, buffer) =>
        {
            Score(ratings, film, centeredByUser, centeredByFilm, sampleStride, norms, options, buffer);
            var indices = new int[buffer.Heap.Count];
            var scores = new float[buffer.Heap.Count];
            counts[film] = buffer.Heap.DrainDescending(indices, scores);
            rowIndices[film] = indices;
            rowScores[film] = scores;
            int finished = Interlocked.Increment(ref done);
            if (progress is not null && finished % 1024 == 0)
            {
                progress.Report((double)finished / films);
            }

            return buffer;
        }, _ => { });

        var offsets = new int[films + 1];
        for (int i = 0; i < films; i++)
        {
            offsets[i + 1] = offsets[i] + counts[i];
        }

        var allIndices = new int[offsets[films]];
        var allScores = new float[offsets[films]];
        for (int i = 0; i < films; i++)
        {
            rowIndices[i].CopyTo(allIndices, offsets[i]);
            rowScores[i].CopyTo(allScores, offsets[i]);
        }

        progress?.Report(1);
        return new NeighbourGraph(offsets, allIndices, allScores);
    }

    private static void Score(RatingMatrix ratings, int film, float[] centeredByUser, float[] centeredByFilm, int[] sampleStride,
        double[] norms, ItemSimilarityOptions options, Accumulator buffer)
    {
        if (norms[film] == 0)
        {
            return;
        }

        ReadOnlySpan<int> raters = ratings.UsersOf(film);
        int filmStart = ratings.FilmOffsets[film];
        for (int r = 0; r < raters.Length; r++)
        {
            int user = raters[r];
            double weight = centeredByFilm[filmStart + r];
            int start = ratings.UserOffsets[user];
            int end = ratings.UserOffsets[user + 1];
            int stride = sampleStride[user];
            for (int at = start; at < end; at += stride)
            {
                int other = ratings.UserFilms[at];
                buffer.Dot[other] += weight * centeredByUser[at];
                if (buffer.Common[other]++ == 0)
                {
                    buffer.Touched.Add(other);
                }
            }
        }

        foreach (int other in buffer.Touched)
        {
            int common = buffer.Common[other];
            double dot = buffer.Dot[other];
            buffer.Common[other] = 0;
            buffer.Dot[other] = 0;
            if (other == film || common < options.MinCommonRaters || norms[other] == 0)
            {
                continue;
            }

            double similarity = dot / (norms[film] * norms[other]) * (common / (common + options.Shrinkage));
            if (similarity > 0)
            {
                buffer.Heap.Offer(other, (float)similarity);
            }
        }

        buffer.Touched.Clear();
    }

    // Each rating minus its user's mean; users above the cap are read with a stride (every s-th film).
    private static (float[] Centered, int[] Stride) CenterByUser(RatingMatrix ratings, int maxRatingsPerUser)
    {
        var centered = new float[ratings.RatingCount];
        var stride = new int[ratings.UserCount];
        for (int user = 0; user < ratings.UserCount; user++)
        {
            int start = ratings.UserOffsets[user];
            int end = ratings.UserOffsets[user + 1];
            int count = end - start;
            stride[user] = Math.Max(1, (count + maxRatingsPerUser - 1) / maxRatingsPerUser);
            if (count == 0)
            {
                continue;
            }

            double sum = 0;
            for (int at = start; at < end; at++)
            {
                sum += ratings.UserRatings[at];
            }

            float mean = (float)(sum / count);
            for (int at = start; at < end; at++)
            {
                centered[at] = ratings.UserRatings[at] - mean;
            }
        }

        return (centered, stride);
    }

    private static double[] FilmNorms(RatingMatrix ratings, float[] centeredByUser)
    {
        var squares = new double[ratings.FilmCount];
        for (int at = 0; at < centeredByUser.Length; at++)
        {
            squares[ratings.UserFilms[at]] += (double)centeredByUser[at] * centeredByUser[at];
        }

        for (int i = 0; i < squares.Length; i++)
        {
            squares[i] = Math.Sqrt(squares[i]);
        }

        return squares;
    }

    // The same centered values in the by-film layout (each film's raters ascending, as the transpose stores them).
    private static float[] CenteredByFilm(RatingMatrix ratings, float[] centeredByUser)
    {
        var byFilm = new float[ratings.RatingCount];
        var next = (int[])ratings.FilmOffsets.Clone();
        for (int user = 0; user < ratings.UserCount; user++)
        {
            for (int at = ratings.UserOffsets[user]; at < ratings.UserOffsets[user + 1]; at++)
            {
                byFilm[next[ratings.UserFilms[at]]++] = centeredByUser[at];
            }
        }

        return byFilm;
    }

    private sealed class Accumulator(int films, int k)
    {
        public double[] Dot { get; } = new double[films];

        public int[] Common { get; } = new int[films];

        public List<int> Touched { get; } = [];

        public TopKHeap Heap { get; } = new(k);
    }
}
