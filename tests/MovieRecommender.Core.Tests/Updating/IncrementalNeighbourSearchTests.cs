using MovieRecommender.Core.Training;
using MovieRecommender.Core.Updating;

namespace MovieRecommender.Core.Tests.Updating;

public sealed class IncrementalNeighbourSearchTests
{
    private const int K = 10;
    private const int Terms = 80;

    [Fact]
    public void Update_FilmsAppended_EveryListEqualsAnExactSearchOfTheWholeCatalog()
    {
        var all = RandomRows(seed: 1, rows: 400);
        var before = Exact(Take(all, 350));
        var incoming = Enumerable.Range(350, 50).ToArray();

        var result = new IncrementalNeighbourSearch(K, maxDegreeOfParallelism: 2).Update(all, Extend(before, 400), incoming, null, CancellationToken.None);

        var exact = Exact(all);
        for (var row = 0; row < all.RowCount; row++)
        {
            Assert.Equal(exact.NeighboursOf(row).ToArray(), result.Graph.NeighboursOf(row).ToArray());
        }

        Assert.True(result.ExistingListsChanged > 0);
    }

    [Fact]
    public void Update_FilmsReplaced_EachListIsTheExactListsBestPart()
    {
        var old = RandomRows(seed: 2, rows: 300);
        var before = Exact(old);
        var replaced = Enumerable.Range(0, 300).Where(r => r % 15 == 0).ToArray();
        var fresh = RandomRows(seed: 3, rows: replaced.Length);
        var now = Substitute(old, replaced, fresh);

        var result = new IncrementalNeighbourSearch(K, maxDegreeOfParallelism: 2).Update(now, before, replaced, null, CancellationToken.None);

        var exact = Exact(now);
        for (var row = 0; row < now.RowCount; row++)
        {
            var updated = result.Graph.NeighboursOf(row).ToArray();
            var lost = before.NeighboursOf(row).ToArray().Count(replaced.Contains);
            Assert.True(updated.Length >= K - lost, $"row {row}: {updated.Length} neighbours, {lost} replaced films listed before");
            Assert.Equal(exact.NeighboursOf(row)[..updated.Length].ToArray(), updated);
        }
    }

    private static NeighbourGraph Exact(SparseMatrix rows) =>
        new NeighbourSearch(new NeighbourOptions { Neighbours = K, ExactSearchMaxMovies = int.MaxValue, MaxDegreeOfParallelism = 2 }).FindNeighbours(rows);

    private static NeighbourGraph Extend(NeighbourGraph graph, int rows)
    {
        var offsets = new int[rows + 1];
        graph.Offsets.CopyTo(offsets, 0);
        offsets.AsSpan(graph.Offsets.Length).Fill(graph.Offsets[^1]);
        return new NeighbourGraph(offsets, graph.Indices, graph.Scores);
    }

    /// <summary>Random L2-normalised rows of 3 to 12 distinct terms with positive weights, as TF-IDF rows are.</summary>
    private static SparseMatrix RandomRows(int seed, int rows)
    {
        var random = new Random(seed);
        var offsets = new int[rows + 1];
        var indices = new List<int>();
        var values = new List<float>();
        for (var row = 0; row < rows; row++)
        {
            var terms = Enumerable.Range(0, Terms).OrderBy(_ => random.Next()).Take(random.Next(3, 13)).Order().ToArray();
            var weights = terms.Select(_ => (float)(0.1 + random.NextDouble())).ToArray();
            var norm = (float)Math.Sqrt(weights.Sum(w => (double)w * w));
            indices.AddRange(terms);
            values.AddRange(weights.Select(w => w / norm));
            offsets[row + 1] = indices.Count;
        }

        return new SparseMatrix(Terms, offsets, [.. indices], [.. values]);
    }

    private static SparseMatrix Take(SparseMatrix rows, int count) =>
        new(rows.ColumnCount, rows.RowOffsets[..(count + 1)], rows.ColumnIndices[..rows.RowOffsets[count]], rows.Values[..rows.RowOffsets[count]]);

    private static SparseMatrix Substitute(SparseMatrix rows, int[] at, SparseMatrix with)
    {
        var offsets = new int[rows.RowCount + 1];
        var indices = new List<int>();
        var values = new List<float>();
        for (var row = 0; row < rows.RowCount; row++)
        {
            var slot = Array.IndexOf(at, row);
            var (source, sourceRow) = slot >= 0 ? (with, slot) : (rows, row);
            indices.AddRange(source.RowIndices(sourceRow).ToArray());
            values.AddRange(source.RowValues(sourceRow).ToArray());
            offsets[row + 1] = indices.Count;
        }

        return new SparseMatrix(rows.ColumnCount, offsets, [.. indices], [.. values]);
    }
}
