using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Tests.Recommendations;

public class SparseVectorsTests
{
    [Fact]
    public void Dot_PartlyOverlappingVectors_SumsSharedTermProducts()
    {
        // Act
        double dot = SparseVectors.Dot([1, 3, 7, 9], [0.5f, 0.5f, 0.5f, 0.5f], [3, 4, 9], [0.2f, 0.9f, 0.4f]);

        // Assert
        Assert.Equal((0.5 * 0.2) + (0.5 * 0.4), dot, 6);
    }

    [Fact]
    public void Dot_DisjointOrEmpty_IsZero()
    {
        // Act / Assert
        Assert.Equal(0, SparseVectors.Dot([1, 2], [1f, 1f], [3, 4], [1f, 1f]));
        Assert.Equal(0, SparseVectors.Dot([], [], [3], [1f]));
    }
}
