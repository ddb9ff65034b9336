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
        var sortKeys = new float[model.TopTermIndices.Length];
        var cursor = (int[])offsets.Clone();
        for (int movie = 0; movie < model.MovieCount; movie++)
        {
            ReadOnlySpan<int> terms = model.TopTermsOf(movie);
            ReadOnlySpan<float> weights = model.TopTermWeightsOf(movie);
            for (int i = 0; i < terms.Length; i++)
            {
                int slot = cursor[terms[i]]++;
                movies[slot] = movie;
                sortKeys[slot] = -weights[i]; // negated so an ascending sort puts the heaviest first
            }
        }

        for (int term = 0; term < termCount; term++)
        {
            Array.Sort(sortKeys, movies, offsets[term], offsets[term + 1] - offsets[term]);
        }

        for (int i = 0; i < sortKeys.Length; i++)
        {
            sortKeys[i] = -sortKeys[i];
        }

        return new TermPostingIndex(offsets, movies, sortKeys);
    }
}
