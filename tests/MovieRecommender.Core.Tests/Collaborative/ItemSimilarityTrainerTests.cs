using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Collaborative;

public class ItemSimilarityTrainerTests
{
    [Fact]
    public void Train_TwoFilmsRatedAlikeByTwoUsers_GetTheHandComputedAdjustedCosine()
    {
        // Arrange: user 0 rates films (5, 3, 1), mean 3 → centred (2, 0, −2); user 1 rates (4, 2) → (1, −1).
        int[] users = [0, 0, 0, 1, 1];
        int[] films = [0, 1, 2, 0, 1];
        float[] ratings = [5f, 3f, 1f, 4f, 2f];
        var matrix = RatingMatrix.Build(2, 3, users, films, ratings);
        var options = new ItemSimilarityOptions { Shrinkage = 2, MinCommonRaters = 1 };

        // Act
        var graph = ItemSimilarityTrainer.Train(matrix, options);

        // Assert: film 0 = (2, 1), film 1 = (0, −1): cosine = −1 / (√5 · 1) < 0, so not kept. Film 0 vs 2 = (2,1)·(−2,0)
        // is negative too; so film 0 has no neighbours. Film 1 vs 2: (0,−1)·(−2,0) = 0: not positive, not kept.
        Assert.Empty(graph.NeighboursOf(0).ToArray());
        Assert.Empty(graph.NeighboursOf(1).ToArray());
    }

    [Fact]
    public void Train_PositiveCoRatings_ScoreIsCosineTimesShrinkage()
    {
        // Arrange: user 0 (5, 5, 2) mean 4 → (1, 1, −2); user 1 (5, 4, 3) mean 4 → (1, 0, −1).
        int[] users = [0, 0, 0, 1, 1, 1];
        int[] films = [0, 1, 2, 0, 1, 2];
        float[] ratings = [5f, 5f, 2f, 5f, 4f, 3f];
        var matrix = RatingMatrix.Build(2, 3, users, films, ratings);
        var options = new ItemSimilarityOptions { Shrinkage = 2, MinCommonRaters = 1 };

        // Act
        var graph = ItemSimilarityTrainer.Train(matrix, options);

        // Assert: film 0 = (1, 1), film 1 = (1, 0): cosine 1/√2, two common raters → × 2 / (2 + 2).
        Assert.Equal([1], graph.NeighboursOf(0).ToArray());
        Assert.Equal(1 / Math.Sqrt(2) * 0.5, graph.ScoresOf(0)[0], 5);
    }

    [Fact]
    public void Train_TasteWorld_ListsOnlyFilmsOfTheSameTaste()
    {
        // Arrange
        var matrix = TasteWorld.Matrix();

        // Act
        var graph = ItemSimilarityTrainer.Train(matrix, ItemSimilarityOptions.Default with { Neighbours = 10 });

        // Assert
        for (int film = 0; film < TasteWorld.FirstColdFilm; film++)
        {
            var neighbours = graph.NeighboursOf(film).ToArray();
            Assert.NotEmpty(neighbours);
            Assert.All(neighbours, n => Assert.Equal(TasteWorld.IsSpace(film), TasteWorld.IsSpace(n)));
        }
    }

    [Fact]
    public void Train_FilmNobodyRated_HasNoNeighbours()
    {
        // Arrange
        var matrix = TasteWorld.Matrix();

        // Act
        var graph = ItemSimilarityTrainer.Train(matrix, ItemSimilarityOptions.Default);

        // Assert
        Assert.Empty(graph.NeighboursOf(TasteWorld.FirstColdFilm).ToArray());
        Assert.DoesNotContain(TasteWorld.FirstColdFilm, graph.Indices);
    }
}
