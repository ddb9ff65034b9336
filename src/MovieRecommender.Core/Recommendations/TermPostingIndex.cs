using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// The films' top-term vectors transposed (term → films, heaviest weight first). Used to reach films beyond
/// the K stored neighbours when filters leave too few: scoring by shared top terms approximates cosine
/// similarity, and reading only the head of each term's list keeps the work bounded.
/// </summary>
internal sealed class TermPostingIndex
{
    private readonly int[] _offsets;
    private readonly int[] _movies;
    private readonly float[] _weights;

    private TermPostingIndex(int[] offsets, int[] movies, float[] weights)
    {
        _offsets = offsets;
        _movies = movies;
        _weights = weights;
    }

    public long ApproximateBytes => (_offsets.LongLength + _movies.LongLength) * sizeof(int) + (_weights.LongLength * sizeof(float));

    public ReadOnlySpan<int> MoviesOf(int term) => _movies.AsSpan(_offsets[term], _offsets[term + 1] - _offsets[term]);

    public ReadOnlySpan<float> WeightsOf(int term) => _weights.AsSpan(_offsets[term], _offsets[term + 1] - _offsets[term]);

    public static TermPostingIndex Build(RecommenderModel model)
    {
        int termCount = model.Terms.Length;
        var offsets = new int[termCount + 1];
        foreach (int term in model.TopTermIndices)
        {
            offsets[term + 1]++;
        }

        for (int term = 0; term < termCount; term++)
        {
            offsets[term + 1] += offsets[term];
        }

        var movies = new int[model.TopTermIndices.Length];
        var weights = new float[model.TopTermIndices.Length];
        var cursor = (int[])offsets.Clone();
        int longestList = 0;
        for (int movie = 0; movie < model.MovieCount; movie++)
        {
            ReadOnlySpan<int> terms = model.TopTermsOf(movie);
            ReadOnlySpan<float> termWeights = model.TopTermWeightsOf(movie);
            for (int i = 0; i < terms.Length; i++)
            {
                int slot = cursor[terms[i]]++;
                movies[slot] = movie;
                weights[slot] = termWeights[i];
            }
        }

        for (int term = 0; term < termCount; term++)
        {
            longestList = Math.Max(longestList, offsets[term + 1] - offsets[term]);
        }

        // Each list is sorted on its own, so the lists are spread over the cores; one scratch buffer per worker.
        Parallel.For(
            0,
            termCount,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new ulong[longestList],
            (term, _, scratch) =>
            {
                PostingOrder.SortHeaviestFirst(movies.AsSpan(offsets[term], offsets[term + 1] - offsets[term]),
                    weights.AsSpan(offsets[term], offsets[term + 1] - offsets[term]), scratch);
                return scratch;
            },
            _ => { });

        return new TermPostingIndex(offsets, movies, weights);
    }
}
