using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Collaborative;

public class AlsFoldInTests
{
    private static readonly ItemFactors Factors =
        ImplicitAlsTrainer.Train(TasteWorld.Matrix(), ImplicitAlsOptions.Default with { Factors = 8, Iterations = 10, Regularization = 0.5 });

    [Fact]
    public void Solve_NewUserWhoLikesSpaceFilms_ScoresSpaceFilmsAboveGardenFilms()
    {
        // Arrange
        (int, float)[] ratings = [(0, 5f), (3, 4.5f), (8, 5f)];

        // Act
        var user = AlsFoldIn.Solve(Factors, ratings);

        // Assert
        Assert.NotNull(user);
        var space = Enumerable.Range(10, 10).Average(f => Factors.Score(user, f));
        var garden = Enumerable.Range(TasteWorld.FilmsPerTaste, 10).Average(f => Factors.Score(user, f));
        Assert.True(space > garden, $"space {space:0.000} vs garden {garden:0.000}");
    }

    [Fact]
    public void Solve_OnlyFilmsWithoutFactors_ReturnsNull()
    {
        // Arrange
        (int, float)[] ratings = [(TasteWorld.FirstColdFilm, 5f)];

        // Act
        var user = AlsFoldIn.Solve(Factors, ratings);

        // Assert
        Assert.Null(user);
    }

    [Fact]
    public void Solve_Twice_LeavesTheSharedGramMatrixUnchanged()
    {
        // Arrange
        var before = (double[])Factors.Gram.Clone();

        // Act
        AlsFoldIn.Solve(Factors, [(0, 5f)]);
        AlsFoldIn.Solve(Factors, [(1, 4f)]);

        // Assert
        Assert.Equal(before, Factors.Gram);
    }
}
