using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Tests.Recommendations;

/// <summary>Posting lists read heaviest first: the order the filtered-candidate search relies on to stop early.</summary>
public class PostingOrderTests
{
    [Fact]
    public void KeepHeaviest_MixedWeights_HeaviestFirstTiesByFilmWeightsKeptExactly()
    {
        // Arrange: ties, zero, a negative, a subnormal and the extremes, in no order.
        int[] movies = [7, 3, 9, 1, 4, 8, 2, 5];
        float[] weights = [0.5f, 0.25f, 0.5f, 0f, -1.5f, float.Epsilon, float.MaxValue, 0.5f];
        var expected = movies.Zip(weights).OrderByDescending(p => p.Second).ThenBy(p => p.First).ToArray();
        var packed = movies.Zip(weights).Select(p => PostingOrder.Pack(p.Second, p.First)).ToArray();

        // Act
        PostingOrder.KeepHeaviest(packed, packed.Length);
        var (sortedMovies, sortedWeights) = Unpacked(packed);

        // Assert
        Assert.Equal(expected.Select(p => p.First), sortedMovies);
        Assert.Equal(expected.Select(p => p.Second), sortedWeights);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1000, 1)]
    [InlineData(1000, 64)]
    [InlineData(1000, 999)]
    [InlineData(5000, 4000)]
    public void KeepHeaviest_LongList_HeadIsTheHeaviestInOrder(int length, int count)
    {
        // Arrange: few distinct weights, so most entries tie and only the film decides.
        var random = new Random(length + count);
        int[] movies = [.. Enumerable.Range(0, length).OrderBy(_ => random.Next())];
        float[] weights = [.. movies.Select(_ => random.Next(8) / 8f)];
        var expected = movies.Zip(weights).OrderByDescending(p => p.Second).ThenBy(p => p.First).Take(count).ToArray();
        var packed = movies.Zip(weights).Select(p => PostingOrder.Pack(p.Second, p.First)).ToArray();

        // Act
        PostingOrder.KeepHeaviest(packed, count);
        var (headMovies, headWeights) = Unpacked(packed.AsSpan(0, count).ToArray());

        // Assert
        Assert.Equal(expected.Select(p => p.First), headMovies);
        Assert.Equal(expected.Select(p => p.Second), headWeights);
        Assert.Equal(movies.Order(), Unpacked(packed).Movies.Order()); // nothing lost or duplicated
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(4096)]
    public void SelectSmallest_AnyInput_FrontHoldsTheSmallest(int length)
    {
        for (int seed = 0; seed < 50; seed++)
        {
            // Arrange: duplicates, sorted and reversed runs included.
            var random = new Random(seed);
            ulong[] values = seed switch
            {
                0 => [.. Enumerable.Range(0, length).Select(i => (ulong)i)],
                1 => [.. Enumerable.Range(0, length).Select(i => (ulong)(length - i))],
                2 => [.. Enumerable.Repeat(5UL, length)],
                _ => [.. Enumerable.Range(0, length).Select(_ => (ulong)random.Next(length / 2 + 1))],
            };
            int count = 1 + random.Next(length - 1);
            var expected = values.Order().Take(count).ToArray();

            // Act
            PostingOrder.SelectSmallest(values, count);

            // Assert
            Assert.Equal(expected, values.Take(count).Order());
        }
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

    private static (int[] Movies, float[] Weights) Unpacked(ulong[] packed)
    {
        var movies = new int[packed.Length];
        var weights = new float[packed.Length];
        PostingOrder.Unpack(packed, movies, weights);
        return (movies, weights);
    }
}
