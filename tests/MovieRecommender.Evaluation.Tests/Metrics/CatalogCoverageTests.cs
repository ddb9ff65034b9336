using MovieRecommender.Evaluation.Metrics;

namespace MovieRecommender.Evaluation.Tests.Metrics;

public class CatalogCoverageTests
{
    [Fact]
    public void Value_OverlappingLists_CountsDistinctItemsOnce()
    {
        var coverage = new CatalogCoverage(10);

        coverage.Add([1, 2, 3]);
        coverage.Add([3, 4]);

        Assert.Equal(4, coverage.DistinctRecommended);
        Assert.Equal(0.4, coverage.Value, 1e-12);
    }

    [Fact]
    public void Of_ListsOfLists_ReturnsShareOfCatalog()
    {
        int[][] lists = [[1, 2], [2, 5]];

        Assert.Equal(0.75, CatalogCoverage.Of(lists, 4), 1e-12);
    }

    [Fact]
    public void Constructor_EmptyCatalog_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CatalogCoverage(0));
    }
}
