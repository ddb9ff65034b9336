using MovieRecommender.Core.Model;
using MovieRecommender.Core.Text;

namespace MovieRecommender.Core.Training;

/// <summary>
/// scikit-learn-style TF-IDF over film soups: document-frequency pruning (min/max df, max features), smooth idf,
/// sublinear (or BM25-saturated) tf and L2-normalised rows. Hand-written rather than ML.NET's n-gram transform
/// because that has no max_df, no sublinear tf and no per-term field/label bookkeeping, which explanations need.
/// </summary>
public sealed class TfIdfVectorizer
{
    private const int ChunkSize = 8192;
    private const double SoupShareOfProgress = 0.7;

    private readonly TfIdfOptions _options;

    public TfIdfVectorizer(TfIdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>
    /// Fits the vocabulary and transforms every document; <paramref name="soupOf"/> is called once per document, in
    /// parallel on at most <paramref name="maxDegreeOfParallelism"/> threads (0: one per core).
    /// </summary>
    public TfIdfResult FitTransform(
        int documentCount,
        Func<int, IReadOnlyList<SoupToken>> soupOf,
        int maxDegreeOfParallelism = 0,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(soupOf);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount, CancellationToken = cancellationToken };
        var counts = CountTerms(documentCount, soupOf, parallel, progress);
        var (vocabulary, newIds, documentFrequencies) = SelectVocabulary(counts, documentCount);
        var idf = ComputeIdf(documentFrequencies, documentCount);
        var vectors = Weigh(counts, newIds, idf, vocabulary.Count, parallel);
        progress?.Report(1);
        return new TfIdfResult(vocabulary, idf, vectors)
        {
            DocumentFrequencies = documentFrequencies,
            CommonTerms = CommonTerms(counts, documentCount),
        };
    }

    /// <summary>Convenience overload for in-memory soups (tests, evaluation).</summary>
    public TfIdfResult FitTransform(IReadOnlyList<IReadOnlyList<SoupToken>> soups)
    {
        ArgumentNullException.ThrowIfNull(soups);
        return FitTransform(soups.Count, i => soups[i]);
    }

    private static TermCounts CountTerms(
        int documentCount, Func<int, IReadOnlyList<SoupToken>> soupOf, ParallelOptions parallel, IProgress<double>? progress)
    {
        var counts = new TermCounts(documentCount);
        var chunk = new DocumentTerms[Math.Min(ChunkSize, Math.Max(1, documentCount))];
        for (var start = 0; start < documentCount; start += ChunkSize)
        {
            var length = Math.Min(ChunkSize, documentCount - start);
            var chunkStart = start;
            // Soups are built in parallel; the vocabulary merge is sequential so term ids and labels are deterministic.
            Parallel.For(0, length, parallel, () => new Dictionary<string, int>(StringComparer.Ordinal), (i, _, scratch) =>
            {
                chunk[i] = DocumentTerms.Aggregate(soupOf(chunkStart + i), scratch);
                return scratch;
            }, _ => { });

            for (var i = 0; i < length; i++)
            {
                counts.Add(chunk[i]);
            }

            progress?.Report(SoupShareOfProgress * (start + length) / documentCount);
        }

        return counts;
    }

    private (TermVocabulary Vocabulary, int[] NewIds, int[] DocumentFrequencies) SelectVocabulary(TermCounts counts, int documentCount)
    {
        var minDf = _options.EffectiveMinDocumentFrequency(documentCount);
        var maxDf = _options.MaxDocumentFrequencyRatio * documentCount;
        var candidates = Enumerable.Range(0, counts.TermCount)
            .Where(id => counts.DocumentFrequency[id] >= minDf && counts.DocumentFrequency[id] <= maxDf)
            .ToList();

        if (candidates.Count > _options.MaxFeatures)
        {
            candidates = candidates
                .OrderByDescending(id => counts.DocumentFrequency[id])
                .ThenBy(id => counts.Terms[id], StringComparer.Ordinal)
                .Take(_options.MaxFeatures)
                .ToList();
        }

        // Alphabetical term order, like scikit-learn's vocabulary_, makes indices stable across runs.
        candidates.Sort((a, b) => string.CompareOrdinal(counts.Terms[a], counts.Terms[b]));
        var newIds = new int[counts.TermCount];
        Array.Fill(newIds, -1);
        var terms = new string[candidates.Count];
        var kinds = new TermKind[candidates.Count];
        var labels = new string[candidates.Count];
        var frequencies = new int[candidates.Count];
        for (var index = 0; index < candidates.Count; index++)
        {
            var id = candidates[index];
            newIds[id] = index;
            terms[index] = counts.Terms[id];
            kinds[index] = counts.Kinds[id];
            labels[index] = counts.Labels[id];
            frequencies[index] = counts.DocumentFrequency[id];
        }

        return (new TermVocabulary(terms, kinds, labels), newIds, frequencies);
    }

    private float[] ComputeIdf(int[] documentFrequencies, int documentCount)
    {
        var idf = new float[documentFrequencies.Length];
        for (var i = 0; i < idf.Length; i++)
        {
            idf[i] = InverseDocumentFrequency(_options, documentFrequencies[i], documentCount);
        }

        return idf;
    }

    /// <summary>idf of a term in <paramref name="documentFrequency"/> of <paramref name="documentCount"/> films (smoothed or not, per the options).</summary>
    internal static float InverseDocumentFrequency(TfIdfOptions options, int documentFrequency, int documentCount)
    {
        var smoothing = options.SmoothIdf ? 1.0 : 0.0;
        return (float)(Math.Log((documentCount + smoothing) / (documentFrequency + smoothing)) + 1.0);
    }

    /// <summary>Terms dropped for being in more than the max-df share of films: a catalog update must not bring them back.</summary>
    private string[] CommonTerms(TermCounts counts, int documentCount)
    {
        var maxDf = _options.MaxDocumentFrequencyRatio * documentCount;
        return [.. Enumerable.Range(0, counts.TermCount).Where(id => counts.DocumentFrequency[id] > maxDf).Select(id => counts.Terms[id]).Order(StringComparer.Ordinal)];
    }

    private SparseMatrix Weigh(TermCounts counts, int[] newIds, float[] idf, int termCount, ParallelOptions parallel)
    {
        var documentCount = counts.DocumentCount;
        var offsets = new int[documentCount + 1];
        for (var d = 0; d < documentCount; d++)
        {
            var kept = 0;
            for (var p = counts.Offsets[d]; p < counts.Offsets[d + 1]; p++)
            {
                if (newIds[counts.TermIds[p]] >= 0)
                {
                    kept++;
                }
            }

            offsets[d + 1] = offsets[d] + kept;
        }

        var indices = new int[offsets[documentCount]];
        var values = new float[offsets[documentCount]];
        Parallel.For(0, documentCount, parallel, d =>
        {
            var at = offsets[d];
            for (var p = counts.Offsets[d]; p < counts.Offsets[d + 1]; p++)
            {
                var term = newIds[counts.TermIds[p]];
                if (term >= 0)
                {
                    indices[at] = term;
                    values[at] = (float)(ScaleFrequency(_options, counts.Frequencies[p]) * idf[term]);
                    at++;
                }
            }

            var rowIndices = indices.AsSpan(offsets[d], at - offsets[d]);
            var rowValues = values.AsSpan(offsets[d], at - offsets[d]);
            rowIndices.Sort(rowValues);
            Normalize(rowValues);
        });

        return new SparseMatrix(termCount, offsets, indices, values);
    }

    internal static double ScaleFrequency(TfIdfOptions options, float frequency) => options.Scaling switch
    {
        // Below 1 (fractional soup weights) the log would shrink or flip the sign; keep such weights linear.
        TermFrequencyScaling.Sublinear => frequency >= 1 ? 1 + Math.Log(frequency) : frequency,
        TermFrequencyScaling.Bm25 => frequency * (options.Bm25K1 + 1) / (frequency + options.Bm25K1),
        _ => frequency,
    };

    internal static void Normalize(Span<float> values)
    {
        double sumOfSquares = 0;
        foreach (var v in values)
        {
            sumOfSquares += (double)v * v;
        }

        if (sumOfSquares > 0)
        {
            var scale = (float)(1 / Math.Sqrt(sumOfSquares));
            for (var i = 0; i < values.Length; i++)
            {
                values[i] *= scale;
            }
        }
    }
}
