using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Tests.Recommendations;

public sealed class ProfileDiscoveryTests
{
    private static readonly List<ScoredMovie> Hybrid = [.. Enumerable.Range(0, 12).Select(i => new ScoredMovie(i, 1 - (i * 0.05)))];

    [Fact]
    public void Merge_ShareOfThreeTenths_ContentTakesPositionsFourSevenAndTenSkippingFilmsAlreadyListed()
    {
        // Arrange: content films 100–102, and film 2 which the hybrid already lists.
        List<ScoredMovie> content = [new(100, 0.5), new(2, 0.4), new(101, 0.3), new(102, 0.2)];

        // Act
        var merged = ProfileDiscovery.Merge(Hybrid, content, 0.3, 10);

        // Assert
        Assert.Equal([0, 1, 2, 100, 3, 4, 101, 5, 6, 102], merged.Select(m => m.Movie));
        Assert.Equal(Hybrid.Take(10).Select(m => m.Score), merged.Select(m => m.Score));
    }

    [Fact]
    public void Merge_ContentRunsOut_TheHybridFillsTheRest()
    {
        // Arrange
        List<ScoredMovie> content = [new(100, 0.5)];

        // Act
        var merged = ProfileDiscovery.Merge(Hybrid, content, 0.5, 20);

        // Assert
        Assert.Equal(13, merged.Count);
        Assert.Equal([0, 100, 1, 2, 3], merged.Select(m => m.Movie).Take(5));
        Assert.Equal(merged.Count, merged.Select(m => m.Movie).Distinct().Count());
    }

    [Fact]
    public void Merge_ShareZero_ReturnsTheHybridList()
    {
        // Act
        var merged = ProfileDiscovery.Merge(Hybrid, [new(100, 0.5)], 0, 10);

        // Assert
        Assert.Same(Hybrid, merged);
    }
}
