using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Collaborative;

public class ImplicitAlsTrainerTests
{
    private static readonly ImplicitAlsOptions Small = ImplicitAlsOptions.Default with { Factors = 8, Iterations = 10, Regularization = 0.5 };

    [Fact]
    public void Train_TasteWorld_FilmsOfOneTasteAreCloserThanAcrossTastes()
    {
        // Arrange
        var matrix = TasteWorld.Matrix();

        // Act
        var factors = ImplicitAlsTrainer.Train(matrix, Small);

        // Assert
        var within = new List<double>();
        var across = new List<double>();
        for (int a = 0; a < TasteWorld.FirstColdFilm; a++)
        {
            for (int b = a + 1; b < TasteWorld.FirstColdFilm; b++)
            {
                (TasteWorld.IsSpace(a) == TasteWorld.IsSpace(b) ? within : across).Add(factors.Cosine(a, b));
            }
        }

        Assert.True(within.Average() > across.Average() + 0.3, $"within {within.Average():0.00}, across {across.Average():0.00}");
    }

    [Fact]
    public void Train_FilmNobodyRated_HasNoFactorRow()
    {
        // Arrange
        var matrix = TasteWorld.Matrix();

        // Act
        var factors = ImplicitAlsTrainer.Train(matrix, Small);

        // Assert
        Assert.False(factors.Has(TasteWorld.FirstColdFilm));
        Assert.Equal(TasteWorld.FirstColdFilm, factors.RowCount);
        Assert.Equal(0, factors.Cosine(0, TasteWorld.FirstColdFilm));
    }

    [Fact]
    public void Train_SameSeed_GivesIdenticalFactors()
    {
        // Arrange
        var matrix = TasteWorld.Matrix();

        // Act
        var first = ImplicitAlsTrainer.Train(matrix, Small with { MaxDegreeOfParallelism = 1 });
        var second = ImplicitAlsTrainer.Train(matrix, Small);

        // Assert
        Assert.Equal(first.Factors, second.Factors);
    }

    [Fact]
    public void Gram_OfFactors_IsTheMathNetProductYTransposeY()
    {
        // Arrange: rows (1, 2) and (3, 4).
        float[] factors = [1, 2, 3, 4];

        // Act
        var gram = ImplicitAlsTrainer.Gram(factors, 2);

        // Assert: [[1+9, 2+12], [2+12, 4+16]]
        Assert.Equal([10.0, 14.0, 14.0, 20.0], gram);
    }
}
