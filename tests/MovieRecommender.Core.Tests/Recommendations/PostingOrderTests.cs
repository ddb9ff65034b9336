using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Tests.Recommendations;

/// <summary>Posting lists read heaviest first: the order the filtered-candidate search relies on to stop early.</summary>
public class PostingOrderTests
{
    [Fact]
    public void SortHeaviestFirst_MixedWeights_HeaviestFirstTiesByFilmWeightsKeptExactly()
    {
        // Arrange: ties, zero, a negative, a subnormal and the extremes, in no order.
        int[] movies = [7, 3, 9, 1, 4, 8, 2, 5];
        float[] weights = [0.5f, 0.25f, 0.5f, 0f, -1.5f, float.Epsilon, float.MaxValue, 0.5f];
        var expected = movies.Zip(weights).OrderByDescending(p => p.Second).ThenBy(p => p.First).ToArray();

        // Act
        PostingOrder.SortHeaviestFirst(movies, weights, new ulong[movies.Length + 3]);

        // Assert
        Assert.Equal(expected.Select(p => p.First), movies);
        Assert.Equal(expected.Select(p => p.Second), weights);
    }

    [Fact]
    public void SortHeaviestFirst_ManyEqualWeights_FilmsAscendingEveryTime()
    {
        // Arrange: a long list of one weight, the case an unstable sort leaves in any order.
        int[] movies = Enumerable.Range(0, 500).Reverse().ToArray();
        float[] weights = Enumerable.Repeat(0.125f, movies.Length).ToArray();

        // Act
        PostingOrder.SortHeaviestFirst(movies, weights, new ulong[movies.Length]);

        // Assert
        Assert.Equal(Enumerable.Range(0, 500), movies);
    }

    [Theory]
    [InlineData(-2f, -1f)]
    [InlineData(-1f, 0f)]
    [InlineData(0f, float.Epsilon)]
    [InlineData(0.1f, 0.2f)]
    [InlineData(1f, float.PositiveInfinity)]
    public void Ascending_SmallerWeight_SmallerKeyAndRoundTrips(float smaller, float larger)
    {
        // Act
        uint small = PostingOrder.Ascending(smaller);
        uint large = PostingOrder.Ascending(larger);

        // Assert
        Assert.True(small < large);
        Assert.Equal(smaller, PostingOrder.FromAscending(small));
        Assert.Equal(larger, PostingOrder.FromAscending(large));
    }
}
