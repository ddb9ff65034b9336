using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Tests.Training;

/// <summary>
/// What an operator sees of a neighbour search besides the graph: progress in about 1% steps, a cancelled training
/// stopping within a chunk of rows, work counters that add up, and a graph holding no unused slots.
/// </summary>
public sealed partial class NeighbourSearchTests
{
    // NeighbourSearch reports progress in this many steps, and hands out rows to workers in chunks of this size.
    private const int ProgressSteps = 100;
    private const int RowsPerChunk = 64;

    [Fact]
    public void FindNeighbours_Progress_RisesInHundredStepsAndEndsAtOne()
    {
        // Arrange: 20,000 rows, so one step (200 rows) spans several chunks of 64.
        const int Rows = 20_000;
        var matrix = OneTermRows(Rows, terms: 1_000);
        var reports = new List<double>();
        var options = new NeighbourOptions { MaxDegreeOfParallelism = 1 };

        // Act
        new NeighbourSearch(options).FindNeighbours(matrix, new InlineProgress(reports.Add));

        // Assert: one report as each 1% is passed (at most one chunk late), then the closing 1.
        Assert.Equal(ProgressSteps + 1, reports.Count);
        for (var step = 1; step <= ProgressSteps; step++)
        {
            Assert.InRange(reports[step - 1], (double)step / ProgressSteps, ((double)step / ProgressSteps) + ((double)RowsPerChunk / Rows));
        }

        Assert.Equal(1.0, reports[^1]);
    }

    [Fact]
    public void FindNeighbours_FewerRowsThanSteps_ReportsWhenTheChunkIsDone()
    {
        // Arrange: 50 rows are one chunk: one report when it is done, and the closing one.
        var matrix = OneTermRows(50, terms: 5);
        var reports = new List<double>();

        // Act
        new NeighbourSearch(new NeighbourOptions { MaxDegreeOfParallelism = 1 }).FindNeighbours(matrix, new InlineProgress(reports.Add));

        // Assert
        Assert.Equal([1.0, 1.0], reports);
    }

    [Fact]
    public void FindNeighbours_CancelledDuringTheSearch_StopsBeforeTheNextChunk()
    {
        // Arrange: cancel as soon as the first 1% is reported.
        var matrix = OneTermRows(20_000, terms: 1_000);
        using var cancellation = new CancellationTokenSource();
        var reports = 0;
        var progress = new InlineProgress(_ =>
        {
            reports++;
            cancellation.Cancel();
        });
        var search = new NeighbourSearch(new NeighbourOptions { MaxDegreeOfParallelism = 1 });

        // Act / Assert
        Assert.ThrowsAny<OperationCanceledException>(() => search.FindNeighbours(matrix, progress, cancellation.Token));
        Assert.Equal(1, reports);
    }

    [Theory]
    [InlineData(int.MaxValue, 0)]
    [InlineData(0, 19)]
    public void FindNeighbours_Statistics_CountEveryPostingAndRescoredCandidate(int exactSearchMaxMovies, int rescoredPerRow)
    {
        // Arrange: 2,000 rows of one term each, 20 rows per term; two workers add their counts up.
        const int Rows = 2_000;
        const int RowsPerTerm = 20;
        var matrix = OneTermRows(Rows, terms: Rows / RowsPerTerm);
        var options = new NeighbourOptions { ExactSearchMaxMovies = exactSearchMaxMovies, PostingBudget = int.MaxValue, MaxDegreeOfParallelism = 2 };
        var statistics = new NeighbourSearchStatistics();

        // Act
        new NeighbourSearch(options).FindNeighbours(matrix, statistics);

        // Assert: every row reads its term's whole list; the budgeted search rescores each row's 19 candidates, and
        // with a budget for every posting no row is cut short.
        Assert.Equal((long)Rows * RowsPerTerm, statistics.PostingsRead);
        Assert.Equal((long)Rows * rescoredPerRow, statistics.ExactScores);
        Assert.Equal(0, statistics.RowsCutShort);
    }

    [Fact]
    public void FindNeighbours_BudgetedModeRescoringFewerThanK_StillKeepsKNeighbours()
    {
        // Arrange
        var matrix = RandomRows(300, 40, 6, 7);
        const int K = 10;
        var options = new NeighbourOptions { Neighbours = K, ExactSearchMaxMovies = 0, PostingBudget = int.MaxValue, RescoreCandidates = 1 };

        // Act
        var graph = new NeighbourSearch(options).FindNeighbours(matrix);

        // Assert
        for (var row = 0; row < matrix.RowCount; row++)
        {
            Assert.Equal(BruteForce(matrix, row, K).Select(e => e.Index), graph.NeighboursOf(row).ToArray());
        }
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(0)]
    public void FindNeighbours_RowsWithFewerThanKNeighbours_GraphHoldsNoUnusedSlots(int exactSearchMaxMovies)
    {
        // Arrange: 30 rows, 3 per term: each row has 2 neighbours where 50 could be kept.
        var matrix = OneTermRows(30, terms: 10);

        // Act
        var graph = new NeighbourSearch(NeighbourOptions.Default with { ExactSearchMaxMovies = exactSearchMaxMovies }).FindNeighbours(matrix);

        // Assert
        Assert.Equal(Enumerable.Range(0, 31).Select(row => row * 2), graph.Offsets);
        Assert.Equal(60, graph.Indices.Length);
        Assert.Equal(60, graph.Scores.Length);
        Assert.All(graph.Scores, score => Assert.Equal(1f, score, Tolerance));
    }

    [Fact]
    public void FindNeighbours_TwoThreads_WorkOnRowsAtTheSameTime()
    {
        // Arrange: each worker's first progress report waits until another thread has reported too, which only a
        // second worker running at the same time can do; a single worker would wait out the timeout.
        var matrix = OneTermRows(20_000, terms: 1_000);
        var reporters = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        using var bothReported = new CountdownEvent(2);
        var waitedOut = false;
        var progress = new InlineProgress(fraction =>
        {
            if (fraction < 1 && reporters.TryAdd(Environment.CurrentManagedThreadId, true))
            {
                bothReported.Signal();
                waitedOut |= !bothReported.Wait(TimeSpan.FromSeconds(30));
            }
        });
        var options = new NeighbourOptions { MaxDegreeOfParallelism = 2 };

        // Act
        new NeighbourSearch(options).FindNeighbours(matrix, progress);

        // Assert
        Assert.False(waitedOut, "only one worker was searching");
        Assert.Equal(2, reporters.Count);
    }

    [Fact]
    public void Constructor_InvalidOrMissingOptions_FailsAtOnce()
    {
        // Act / Assert: a misconfigured trainer fails when it is built, naming the setting, not midway through a run.
        Assert.Throws<ArgumentNullException>(() => new NeighbourSearch(null!));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new NeighbourSearch(new NeighbourOptions { Neighbours = 0 }));
        Assert.Equal(nameof(NeighbourOptions.Neighbours), error.ParamName);
    }

    [Fact]
    public void FindNeighbours_NoVectors_ThrowsArgumentNull()
    {
        // Arrange
        var search = new NeighbourSearch(NeighbourOptions.Default);

        // Act / Assert
        var error = Assert.Throws<ArgumentNullException>(() => search.FindNeighbours(null!));
        Assert.Equal("vectors", error.ParamName);
    }

    [Theory]
    [InlineData(2, new[] { 1 }, 1)]
    [InlineData(4, new[] { 1, 2 }, 0)]
    public void FindNeighbours_PostingBudget_ReadsLargestContributionsFirstAndNoMore(int budget, int[] expected, int cutShort)
    {
        // Arrange: row 0 has term A (0.6) and term B (0.8); row 1 only A (1.0), row 2 only B (0.5). Row 0's biggest
        // contributions are its own posting on B (0.64) and row 1 on A (0.6); row 2 adds only 0.4.
        var matrix = new SparseMatrix(2, [0, 2, 3, 4], [0, 1, 0, 1], [0.6f, 0.8f, 1f, 0.5f]);
        var options = new NeighbourOptions { ExactSearchMaxMovies = 0, PostingBudget = budget };
        var statistics = new NeighbourSearchStatistics();

        // Act
        var graph = new NeighbourSearch(options).FindNeighbours(matrix, statistics);

        // Assert: two postings buy row 1 and nothing more (row 0 alone is cut short); four read everything.
        Assert.Equal(expected, graph.NeighboursOf(0).ToArray());
        Assert.Equal([0], graph.NeighboursOf(1).ToArray());
        Assert.Equal([0], graph.NeighboursOf(2).ToArray());
        Assert.Equal(cutShort, statistics.RowsCutShort);
    }

    /// <summary>Row r has the single term r mod <paramref name="terms"/>: its neighbours are the rows sharing it, at cosine 1.</summary>
    private static SparseMatrix OneTermRows(int rows, int terms) =>
        new(terms, [.. Enumerable.Range(0, rows + 1)], [.. Enumerable.Range(0, rows).Select(row => row % terms)], [.. Enumerable.Repeat(1f, rows)]);
}
