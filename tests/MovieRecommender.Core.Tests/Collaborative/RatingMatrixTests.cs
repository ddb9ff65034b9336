using MovieRecommender.Core.Collaborative;

namespace MovieRecommender.Core.Tests.Collaborative;

public class RatingMatrixTests
{
    [Fact]
    public void Build_RepeatedUserFilmPair_KeepsTheLastRating()
    {
        // Arrange
        int[] users = [0, 0, 1, 0];
        int[] films = [2, 1, 2, 2];
        float[] ratings = [1f, 3f, 4f, 5f];

        // Act
        var matrix = RatingMatrix.Build(2, 3, users, films, ratings);

        // Assert
        Assert.Equal([1, 2], matrix.FilmsOf(0).ToArray());
        Assert.Equal([3f, 5f], matrix.RatingsOf(0).ToArray());
        Assert.Equal(3, matrix.RatingCount);
    }

    [Fact]
    public void Build_ByFilmRows_AreTheTransposeOfTheUserRows()
    {
        // Arrange
        int[] users = [1, 0, 1, 2];
        int[] films = [0, 0, 2, 0];
        float[] ratings = [2f, 4f, 3f, 5f];

        // Act
        var matrix = RatingMatrix.Build(3, 3, users, films, ratings);

        // Assert
        Assert.Equal([0, 1, 2], matrix.UsersOf(0).ToArray());
        Assert.Equal([4f, 2f, 5f], matrix.RatingsFor(0).ToArray());
        Assert.Equal(0, matrix.RatingCountOf(1));
        Assert.Equal([1], matrix.UsersOf(2).ToArray());
    }

    [Fact]
    public void Build_FilmOutsideTheCatalog_Throws()
    {
        // Arrange
        int[] users = [0];
        int[] films = [3];
        float[] ratings = [4f];

        // Act
        var act = () => RatingMatrix.Build(1, 3, users, films, ratings);

        // Assert
        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    [Fact]
    public void FromRatings_SourceUserIds_GetDenseIndicesInOrderOfFirstAppearance()
    {
        // Arrange
        UserFilmRating[] ratings = [new(42, 0, 4f), new(7, 1, 3f), new(42, 1, 5f)];

        // Act
        var (matrix, userIds) = RatingMatrix.FromRatings(ratings, 2);

        // Assert
        Assert.Equal([42L, 7L], userIds);
        Assert.Equal([0, 1], matrix.FilmsOf(0).ToArray());
        Assert.Equal([1], matrix.FilmsOf(1).ToArray());
    }
}
