using MovieRecommender.Web.Services;

namespace MovieRecommender.Web.Tests.Services;

public sealed class SearchStatisticsTests
{
    [Fact]
    public void Top_AfterRecords_OrdersByCountThenTitle()
    {
        var stats = new SearchStatistics();
        stats.Record("Heat");
        stats.Record("Alien");
        stats.Record("Heat");
        stats.Record("  ");

        var top = stats.Top(5);

        Assert.Equal([new("Heat", 2), new("Alien", 1)], top);
    }

    [Fact]
    public void Record_BeyondCapacity_IgnoresNewTitles()
    {
        var stats = new SearchStatistics();
        for (var i = 0; i < SearchStatistics.MaxDistinctTitles + 50; i++)
        {
            stats.Record("t" + i);
        }

        Assert.Equal(SearchStatistics.MaxDistinctTitles, stats.Top(int.MaxValue).Count);
    }
}
