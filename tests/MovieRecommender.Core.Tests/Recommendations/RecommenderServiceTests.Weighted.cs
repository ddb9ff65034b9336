using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Tests.Recommendations;

/// <summary>The multi-seed path with weights and exclusions (personal profiles).</summary>
public partial class RecommenderServiceTests
{
    [Fact]
    public void Recommend_NegativeWeightOnASeed_PushesItsNeighboursDown()
    {
        // Arrange: likes Inception, dislikes The Dark Knight.
        using var service = CreateService(Catalog);
        var equal = service.Recommend(new RecommendationRequest { SeedIds = [TestCatalog.Inception, TestCatalog.DarkKnight], Count = 20 });

        // Act
        var weighted = service.Recommend(new RecommendationRequest
        {
            SeedIds = [TestCatalog.Inception, TestCatalog.DarkKnight],
            SeedWeights = [1.0, -1.0],
            Count = 20,
        });

        // Assert: the Batman films rank high with equal weights and vanish (or sink) when the Dark Knight counts against.
        int Rank(RecommendationResult r, int id) => r.Items.Select(i => i.Movie.Id).ToList().IndexOf(id) is var i and >= 0 ? i : int.MaxValue;
        Assert.True(Rank(equal, TestCatalog.BatmanBegins) < int.MaxValue);
        Assert.True(Rank(weighted, TestCatalog.BatmanBegins) > Rank(equal, TestCatalog.BatmanBegins));
        Assert.All(weighted.Items, i => Assert.True(i.Similarity > 0));
    }

    [Fact]
    public void Recommend_ExcludeIds_NeverReturnsThem()
    {
        // Arrange
        using var service = CreateService(Catalog);

        // Act
        var result = service.Recommend(new RecommendationRequest
        {
            SeedIds = [TestCatalog.DarkKnight],
            SeedWeights = [1.0],
            ExcludeIds = [TestCatalog.BatmanBegins, TestCatalog.DarkKnightRises],
            Count = 30,
        });

        // Assert
        Assert.NotEmpty(result.Items);
        Assert.DoesNotContain(result.Items, i => i.Movie.Id is TestCatalog.BatmanBegins or TestCatalog.DarkKnightRises);
    }

    [Fact]
    public void Recommend_WeightedSeeds_EachResultNamesThePositiveSeedThatBroughtItIn()
    {
        // Arrange
        using var service = CreateService(Catalog);

        // Act
        var result = service.Recommend(new RecommendationRequest
        {
            SeedIds = [TestCatalog.DarkKnight, TestCatalog.SpiritedAway, TestCatalog.Heat],
            SeedWeights = [1.0, 0.5, -0.5],
            Count = 10,
        });

        // Assert
        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, item =>
        {
            Assert.NotEmpty(item.Sources);
            Assert.DoesNotContain(item.Sources, s => s.MovieId == TestCatalog.Heat);
        });
        var batman = result.Items.FirstOrDefault(i => i.Movie.Id == TestCatalog.BatmanBegins);
        Assert.NotNull(batman);
        Assert.Equal(TestCatalog.DarkKnight, batman.Sources[0].MovieId);
    }
}
