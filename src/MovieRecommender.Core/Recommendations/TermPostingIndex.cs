using System.Runtime.CompilerServices;
using MovieRecommender.Core.IO;
using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// The films' top-term vectors transposed (term → films, heaviest weight first). Used to reach films beyond
/// the K stored neighbours when filters leave too few: scoring by shared top terms approximates cosine
/// similarity, and reading only the head of each term's list keeps the work bounded. Only that head is kept:
/// at a million films a common term is on hundreds of thousands of films that no request ever reads.
/// </summary>
internal sealed class TermPostingIndex
{
    /// <summary>The most films kept (and read) per term: the heaviest ones.</summary>
    public const int MaxPostingsPerTerm = 4_000;

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

    public static TermPostingIndex Build(RecommenderModel model, int maxPostingsPerTerm = MaxPostingsPerTerm)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPostingsPerTerm);
        int termCount = model.Terms.Length;
        var allOffsets = new int[termCount + 1];
        foreach (int term in model.TopTermIndices)
        {
            allOffsets[term + 1]++;
        }

        var offsets = new int[termCount + 1];
        for (int term = 0; term < termCount; term++)
        {
            offsets[term + 1] = offsets[term] + Math.Min(allOffsets[term + 1], maxPostingsPerTerm);
            allOffsets[term + 1] += allOffsets[term];
        }

        // Every entry once, grouped by term, each packed as one sortable key. Scratch (the kept heads are copied out)
        // as big as the model's top-term file: outside the managed heap, so the process's memory drops back after.
        using var packed = new NativeBuffer<ulong>(model.TopTermIndices.Length);
        Scatter(model, allOffsets, packed.Span);

        var movies = new int[offsets[termCount]];
        var weights = new float[offsets[termCount]];

        // Each list is cut and sorted on its own, so the lists are spread over the cores.
        Parallel.For(0, termCount, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, term =>
        {
            var list = packed.Span[allOffsets[term]..allOffsets[term + 1]];
            int kept = offsets[term + 1] - offsets[term];
            PostingOrder.KeepHeaviest(list, kept);
            PostingOrder.Unpack(list[..kept], movies.AsSpan(offsets[term], kept), weights.AsSpan(offsets[term], kept));
        });

        return new TermPostingIndex(offsets, movies, weights);
    }

    // Runs over the whole catalog once per load: compiled optimised at once rather than first as slow tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scatter(RecommenderModel model, int[] termStarts, Span<ulong> packed)
    {
        var cursor = (int[])termStarts.Clone();
        for (int movie = 0; movie < model.MovieCount; movie++)
        {
            ReadOnlySpan<int> terms = model.TopTermsOf(movie);
            ReadOnlySpan<float> termWeights = model.TopTermWeightsOf(movie);
            for (int i = 0; i < terms.Length; i++)
            {
                packed[cursor[terms[i]]++] = PostingOrder.Pack(termWeights[i], movie);
            }
        }
    }
}
