using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Tests.Training;

public sealed partial class NeighbourSearchTests
{
    private const float Tolerance = 1e-5f;

    /// <summary>Random sparse rows, L2-normalised, with a seeded generator so failures reproduce.</summary>
    private static SparseMatrix RandomRows(int rows, int columns, int perRow, int seed)
    {
        var random = new Random(seed);
        var offsets = new int[rows + 1];
        var indices = new List<int>();
        var values = new List<float>();
        for (var r = 0; r < rows; r++)
        {
            var chosen = Enumerable.Range(0, columns).OrderBy(_ => random.Next()).Take(random.Next(1, perRow + 1)).Order().ToArray();
            var weights = chosen.Select(_ => (float)random.NextDouble() + 0.01f).ToArray();
            var norm = MathF.Sqrt(weights.Sum(w => w * w));
            indices.AddRange(chosen);
            values.AddRange(weights.Select(w => w / norm));
            offsets[r + 1] = indices.Count;
        }

        return new SparseMatrix(columns, offsets, [.. indices], [.. values]);
    }

    private static (int Index, float Score)[] BruteForce(SparseMatrix rows, int row, int k) =>
        Enumerable.Range(0, rows.RowCount)
            .Where(other => other != row)
            .Select(other => (Index: other, Score: rows.Dot(row, other)))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Index)
            .Take(k)
            .ToArray();

    [Theory]
    [InlineData(300, 40, 6, 10, 1)]
    [InlineData(500, 200, 12, 25, 2)]
    [InlineData(50, 5, 3, 60, 3)]
    public void FindNeighbours_ExactMode_MatchesBruteForce(int rows, int columns, int perRow, int k, int seed)
    {
        var matrix = RandomRows(rows, columns, perRow, seed);

        var graph = new NeighbourSearch(new NeighbourOptions { Neighbours = k }).FindNeighbours(matrix);

        for (var row = 0; row < rows; row++)
        {
            var expected = BruteForce(matrix, row, k);
            var scores = graph.ScoresOf(row).ToArray();
            var neighbours = graph.NeighboursOf(row).ToArray();
            Assert.Equal(expected.Length, neighbours.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.Equal(expected[i].Score, scores[i], Tolerance);
                Assert.Equal(matrix.Dot(row, neighbours[i]), scores[i], Tolerance);
            }

            Assert.DoesNotContain(row, neighbours);
            Assert.Equal(neighbours.Length, neighbours.Distinct().Count());
        }
    }

    [Theory]
    [InlineData(300, 40, 6, 10, 1)]
    [InlineData(500, 200, 12, 25, 2)]
    [InlineData(50, 5, 3, 60, 3)]
    public void FindNeighbours_BudgetedModeWithBudgetForEveryPosting_MatchesBruteForceExactly(int rows, int columns, int perRow, int k, int seed)
    {
        var matrix = RandomRows(rows, columns, perRow, seed);
        var options = new NeighbourOptions { Neighbours = k, ExactSearchMaxMovies = 0, PostingBudget = int.MaxValue, RescoreCandidates = rows };

        var graph = new NeighbourSearch(options).FindNeighbours(matrix);

        for (var row = 0; row < rows; row++)
        {
            var expected = BruteForce(matrix, row, k);
            Assert.Equal(expected.Select(e => e.Index), graph.NeighboursOf(row).ToArray());
            Assert.Equal(expected.Select(e => e.Score), graph.ScoresOf(row).ToArray());
        }
    }

    [Fact]
    public void FindNeighbours_BudgetedModeSmallBudget_KeepsExactScoresAndFindsMostTrueNeighbours()
    {
        var matrix = RandomRows(2_000, 300, 20, 4);
        var options = new NeighbourOptions { Neighbours = 10, ExactSearchMaxMovies = 0, PostingBudget = 600, RescoreCandidates = 60 };
        var statistics = new NeighbourSearchStatistics();

        var graph = new NeighbourSearch(options).FindNeighbours(matrix, statistics);

        var recallHits = 0;
        var wanted = 0;
        for (var row = 0; row < matrix.RowCount; row++)
        {
            var neighbours = graph.NeighboursOf(row).ToArray();
            var scores = graph.ScoresOf(row).ToArray();
            for (var i = 0; i < neighbours.Length; i++)
            {
                Assert.Equal(matrix.Dot(row, neighbours[i]), scores[i]);
                Assert.True(i == 0 || scores[i - 1] >= scores[i]);
            }

            var expected = BruteForce(matrix, row, 10);
            recallHits += expected.Count(e => neighbours.Contains(e.Index));
            wanted += expected.Length;
        }

        // The budget really cut the reading short, and reading the largest contributions first still finds most neighbours.
        Assert.True(statistics.RowsCutShort > matrix.RowCount / 2, $"only {statistics.RowsCutShort} rows hit the budget");
        Assert.True(recallHits > 0.9 * wanted, $"recall too low: {recallHits} of {wanted}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    public void FindNeighbours_DifferentThreadCounts_GiveIdenticalGraphs(int exactSearchMaxMovies)
    {
        var matrix = RandomRows(1_500, 120, 10, 5);
        var options = new NeighbourOptions { Neighbours = 15, ExactSearchMaxMovies = exactSearchMaxMovies, PostingBudget = 500 };

        var single = new NeighbourSearch(options with { MaxDegreeOfParallelism = 1 }).FindNeighbours(matrix);
        var several = new NeighbourSearch(options with { MaxDegreeOfParallelism = 3 }).FindNeighbours(matrix);

        Assert.Equal(single.Offsets, several.Offsets);
        Assert.Equal(single.Indices, several.Indices);
        Assert.Equal(single.Scores, several.Scores);
    }

    [Fact]
    public void FindNeighbours_TwoThreads_RunsOnAtMostTwoThreads()
    {
        var matrix = RandomRows(20_000, 500, 8, 6);
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        // Every report but the closing one comes from a worker.
        var progress = new InlineProgress(fraction =>
        {
            if (fraction < 1)
            {
                threads[Environment.CurrentManagedThreadId] = true;
            }
        });
        var options = new NeighbourOptions { Neighbours = 5, ExactSearchMaxMovies = 0, PostingBudget = 200, MaxDegreeOfParallelism = 2 };

        new NeighbourSearch(options).FindNeighbours(matrix, progress);

        Assert.InRange(threads.Count, 1, 2);
    }

    [Fact]
    public void FindNeighbours_RowsWithoutSharedTerms_GetNoNeighbours()
    {
        var matrix = new SparseMatrix(3, [0, 1, 2, 3], [0, 1, 2], [1f, 1f, 1f]);

        var graph = new NeighbourSearch(NeighbourOptions.Default).FindNeighbours(matrix);

        Assert.Equal([0, 0, 0, 0], graph.Offsets);
    }

    [Fact]
    public void FindNeighbours_SingleRow_ReturnsEmptyGraph()
    {
        var matrix = new SparseMatrix(1, [0, 1], [0], [1f]);

        var graph = new NeighbourSearch(NeighbourOptions.Default).FindNeighbours(matrix);

        Assert.Equal([0, 0], graph.Offsets);
        Assert.Empty(graph.Indices);
    }

    private sealed class InlineProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
