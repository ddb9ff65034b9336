using MovieRecommender.Core.Model;
using MovieRecommender.Core.Text;
using MovieRecommender.Core.Training;
using static MovieRecommender.Core.Tests.Training.TfIdfTestCorpus;

namespace MovieRecommender.Core.Tests.Training;

/// <summary>
/// How a training run of the vectorizer behaves for the operator: catalogs larger than one soup chunk, the
/// progress it reports, the thread limit, cancellation and argument checks.
/// </summary>
public sealed class TfIdfVectorizerRunTests
{
    // Soups are built in chunks of 8192 films: this catalog needs two.
    private const int TwoChunkCatalog = 10_000;
    private const double Tolerance = 1e-9;
    private const int OverlapWaitMilliseconds = 200;

    private static IReadOnlyList<SoupToken> OwnTermSoup(int document) =>
        [new SoupToken($"t{document}", TermKind.Keyword, $"t{document}", 1), new SoupToken("shared", TermKind.Genre, "Shared", 1)];

    [Fact]
    public void FitTransform_CatalogLargerThanOneChunk_GivesEveryFilmItsOwnTerms()
    {
        // Act
        var result = new TfIdfVectorizer(KeepEverything).FitTransform(TwoChunkCatalog, OwnTermSoup, maxDegreeOfParallelism: 2);

        // Assert
        Assert.Equal(TwoChunkCatalog, result.Vectors.RowCount);
        for (int d = 0; d < TwoChunkCatalog; d++)
        {
            string[] terms = [.. result.Vectors.RowIndices(d).ToArray().Select(i => result.Vocabulary.Terms[i])];
            Assert.Equal(["shared", $"t{d}"], terms);
        }
    }

    [Fact]
    public void FitTransform_TwoChunks_ReportsSoupProgressPerChunkThenCompletion()
    {
        // Arrange
        var progress = new RecordingProgress();

        // Act
        new TfIdfVectorizer(KeepEverything).FitTransform(TwoChunkCatalog, OwnTermSoup, maxDegreeOfParallelism: 2, progress);

        // Assert: soups are 70% of the bar, in proportion to the films done, then 100% at the end.
        Assert.Equal(3, progress.Values.Count);
        Assert.Equal(0.7 * 8192 / TwoChunkCatalog, progress.Values[0], Tolerance);
        Assert.Equal(0.7, progress.Values[1], Tolerance);
        Assert.Equal(1.0, progress.Values[2], Tolerance);
    }

    [Fact]
    public void FitTransform_EmptyCatalog_ReportsOnlyCompletion()
    {
        // Arrange
        var progress = new RecordingProgress();

        // Act
        var result = new TfIdfVectorizer(KeepEverything).FitTransform(0, OwnTermSoup, progress: progress);

        // Assert: no NaN from dividing by zero films.
        Assert.Equal([1.0], progress.Values);
        Assert.Empty(result.Vocabulary.Terms);
        Assert.Equal(0, result.Vectors.RowCount);
    }

    [Fact]
    public void FitTransform_OneThread_NeverBuildsTwoSoupsAtOnce()
    {
        // Arrange: each soup waits (up to 200 ms) for another to start alongside it, which a second thread would do
        // even on a busy machine; a plain short sleep let the threads miss each other under load.
        int running = 0;
        int mostAtOnce = 0;
        IReadOnlyList<SoupToken> SlowSoup(int document)
        {
            InterlockedMax(ref mostAtOnce, Interlocked.Increment(ref running));
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (Volatile.Read(ref running) < 2 && waited.ElapsedMilliseconds < OverlapWaitMilliseconds)
            {
                Thread.Sleep(1);
            }

            InterlockedMax(ref mostAtOnce, Volatile.Read(ref running));
            Interlocked.Decrement(ref running);
            return OwnTermSoup(document);
        }

        // Act
        new TfIdfVectorizer(KeepEverything).FitTransform(4, SlowSoup, maxDegreeOfParallelism: 1);

        // Assert
        Assert.Equal(1, mostAtOnce);
    }

    [Fact]
    public void FitTransform_CancelledToken_StopsWithCancellation()
    {
        // Arrange
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        // Act / Assert
        Assert.ThrowsAny<OperationCanceledException>(() =>
            new TfIdfVectorizer(KeepEverything).FitTransform(100, OwnTermSoup, cancellationToken: cancellation.Token));
    }

    [Fact]
    public void NullArguments_ThrowArgumentNullException()
    {
        var vectorizer = new TfIdfVectorizer(KeepEverything);

        Assert.Throws<ArgumentNullException>(() => new TfIdfVectorizer(null!));
        Assert.Throws<ArgumentNullException>(() => vectorizer.FitTransform(1, null!));
        Assert.Throws<ArgumentNullException>(() => vectorizer.FitTransform(null!));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen = Volatile.Read(ref target);
        while (value > seen)
        {
            int previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }

    /// <summary>Records reports synchronously (<see cref="Progress{T}"/> would post them to the thread pool).</summary>
    private sealed class RecordingProgress : IProgress<double>
    {
        public List<double> Values { get; } = [];

        public void Report(double value) => Values.Add(value);
    }
}
