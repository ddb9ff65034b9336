using System.Diagnostics;
using System.Globalization;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Text;

namespace MovieRecommender.Core.Training;

/// <summary>
/// Turns a list of films into a <see cref="RecommenderModel"/> in memory (soup → TF-IDF → top-K neighbours → top
/// terms), without touching files. The training pipeline publishes its result; evaluations call it directly to
/// compare configurations.
/// </summary>
public static class RecommenderModelBuilder
{
    public static ModelBuildResult Build(
        IReadOnlyList<Movie> movies,
        ModelBuildOptions options,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(movies);
        ArgumentNullException.ThrowIfNull(options);

        var stopwatch = Stopwatch.StartNew();
        var tfIdf = Vectorize(movies, options, progress, cancellationToken);
        var vectorizeDuration = stopwatch.Elapsed;

        stopwatch.Restart();
        var neighbourProgress = progress is null ? null : new SynchronousProgress<double>(f => progress.Report(new TrainingProgress(TrainingStage.Neighbours, f)));
        var neighbours = new NeighbourSearch(options.Neighbours).FindNeighbours(tfIdf.Vectors, neighbourProgress, cancellationToken);
        var (topOffsets, topIndices, topWeights) = SelectTopTerms(tfIdf.Vectors, options.TopTermsPerMovie, options.Neighbours.EffectiveThreads);
        var neighboursDuration = stopwatch.Elapsed;

        var createdAt = DateTimeOffset.UtcNow;
        var model = new RecommenderModel
        {
            Manifest = new ModelManifest
            {
                FormatVersion = ModelFormat.Version,
                ModelVersion = CreateModelVersion(createdAt),
                CreatedAt = createdAt,
                MovieCount = movies.Count,
                TermCount = tfIdf.Vocabulary.Count,
                NeighboursPerMovie = options.Neighbours.Neighbours,
                Parameters = options.ToParameters(),
                Files = new Dictionary<string, string>(),
            },
            Movies = movies,
            NeighbourOffsets = neighbours.Offsets,
            NeighbourIndices = neighbours.Indices,
            NeighbourScores = neighbours.Scores,
            Terms = tfIdf.Vocabulary.Terms,
            TermKinds = tfIdf.Vocabulary.Kinds,
            TermLabels = tfIdf.Vocabulary.Labels,
            TopTermOffsets = topOffsets,
            TopTermIndices = topIndices,
            TopTermWeights = topWeights,
            VectorSpace = new VectorSpace
            {
                DocumentFrequencies = tfIdf.DocumentFrequencies,
                InverseDocumentFrequencies = tfIdf.InverseDocumentFrequencies,
                CommonTerms = tfIdf.CommonTerms,
                Vectors = tfIdf.Vectors,
            },
        };
        return new ModelBuildResult(model, tfIdf, neighbours, vectorizeDuration, neighboursDuration);
    }

    /// <summary>Soup + TF-IDF only (for experiments that score vectors themselves).</summary>
    public static TfIdfResult Vectorize(
        IReadOnlyList<Movie> movies, ModelBuildOptions options, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(movies);
        ArgumentNullException.ThrowIfNull(options);
        using var stemmer = new SnowballWordStemmer();
        var soups = new SoupBuilder(options.Soup, stemmer);
        var vectorProgress = progress is null ? null : new SynchronousProgress<double>(f => progress.Report(new TrainingProgress(TrainingStage.Vectorize, f)));
        return new TfIdfVectorizer(options.TfIdf).FitTransform(
            movies.Count, i => soups.Build(movies[i]), options.Neighbours.EffectiveThreads, vectorProgress, cancellationToken);
    }

    /// <summary>Each row's highest-weight terms, re-sorted by term index so consumers can intersect them by merging.</summary>
    internal static (int[] Offsets, int[] Indices, float[] Weights) SelectTopTerms(SparseMatrix vectors, int perRow, int threads = 0)
    {
        var offsets = new int[vectors.RowCount + 1];
        for (var row = 0; row < vectors.RowCount; row++)
        {
            offsets[row + 1] = offsets[row] + Math.Min(perRow, vectors.RowIndices(row).Length);
        }

        var indices = new int[offsets[^1]];
        var weights = new float[offsets[^1]];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount };
        Parallel.For(0, vectors.RowCount, parallel, () => (Keys: Array.Empty<float>(), Terms: Array.Empty<int>()), (row, _, scratch) =>
        {
            var rowIndices = vectors.RowIndices(row);
            var rowValues = vectors.RowValues(row);
            var kept = offsets[row + 1] - offsets[row];
            var destinationIndices = indices.AsSpan(offsets[row], kept);
            var destinationWeights = weights.AsSpan(offsets[row], kept);
            if (kept == rowIndices.Length)
            {
                rowIndices.CopyTo(destinationIndices);
                rowValues.CopyTo(destinationWeights);
                return scratch;
            }

            if (scratch.Keys.Length < rowIndices.Length)
            {
                scratch = (new float[rowIndices.Length], new int[rowIndices.Length]);
            }

            var keys = scratch.Keys.AsSpan(0, rowIndices.Length);
            var terms = scratch.Terms.AsSpan(0, rowIndices.Length);
            for (var i = 0; i < rowIndices.Length; i++)
            {
                keys[i] = -rowValues[i];
                terms[i] = rowIndices[i];
            }

            keys.Sort(terms);
            for (var i = 0; i < kept; i++)
            {
                destinationIndices[i] = terms[i];
                destinationWeights[i] = -keys[i];
            }

            destinationIndices.Sort(destinationWeights);
            return scratch;
        }, _ => { });

        return (offsets, indices, weights);
    }

    private static string CreateModelVersion(DateTimeOffset createdAt) =>
        string.Create(CultureInfo.InvariantCulture, $"{createdAt:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid().ToString("N")[..8]}");
}
