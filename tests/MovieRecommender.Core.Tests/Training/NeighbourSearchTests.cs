using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Tests.Training;

public sealed class NeighbourSearchTests
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

    [Fact]
    public void FindNeighbours_PrunedMode_ReturnsExactScoresSortedDescending()
    {
        var matrix = RandomRows(400, 100, 10, 4);
        var options = new NeighbourOptions { Neighbours = 10, ExactSearchMaxMovies = 0, QueryTermsPerMovie = 4, MaxPostingsPerTerm = 50, RescoreCandidates = 40 };

        var graph = new NeighbourSearch(options).FindNeighbours(matrix);

        var recallHits = 0;
        for (var row = 0; row < matrix.RowCount; row++)
        {
            var neighbours = graph.NeighboursOf(row).ToArray();
            var scores = graph.ScoresOf(row).ToArray();
            for (var i = 0; i < neighbours.Length; i++)
            {
                Assert.Equal(matrix.Dot(row, neighbours[i]), scores[i], Tolerance);
                Assert.True(i == 0 || scores[i - 1] >= scores[i]);
            }

            recallHits += BruteForce(matrix, row, 10).Count(e => neighbours.Contains(e.Index));
        }

        // Pruning trades a little recall for speed; it must still find most true neighbours.
        Assert.True(recallHits > 0.5 * matrix.RowCount * 10, $"recall too low: {recallHits}");
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
}
