using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Tests.Recommendations;

/// <summary>The popularity prior of <see cref="RecommenderService"/>'s ranking.</summary>
public partial class RecommenderServiceTests
{
    private const int Seed = 1;
    private const int ObscureTwin = 2;
    private const int FamousCousin = 3;

    [Fact]
    public void Recommend_NoPopularityPrior_RanksBySimilarityAlone()
    {
        // Arrange
        using var service = CreateService(PriorCatalog(), popularityPrior: 0);

        // Act
        var result = service.Recommend(new RecommendationRequest { SeedIds = [Seed], Count = 2 });

        // Assert
        Assert.Equal([ObscureTwin, FamousCousin], result.Items.Select(i => i.Movie.Id));
    }

    [Fact]
    public void Recommend_StrongPopularityPrior_LiftsWellKnownFilmButKeepsItsSimilarity()
    {
        // Arrange
        const double strongPrior = 1.0;
        using var plain = CreateService(PriorCatalog(), popularityPrior: 0);
        using var service = CreateService(PriorCatalog(), popularityPrior: strongPrior);
        var request = new RecommendationRequest { SeedIds = [Seed], Count = 2 };

        // Act
        var result = service.Recommend(request);

        // Assert
        Assert.Equal([FamousCousin, ObscureTwin], result.Items.Select(i => i.Movie.Id));
        Assert.Equal(
            plain.Recommend(request).Items.Single(i => i.Movie.Id == FamousCousin).Similarity,
            result.Items[0].Similarity);
    }

    [Fact]
    public void Recommend_RequestPopularityPrior_OverridesConfiguredPriorForThatRequestOnly()
    {
        // Arrange: an experiment variant asks for a strong prior on a service configured without one.
        using var service = CreateService(PriorCatalog(), popularityPrior: 0);
        var plain = new RecommendationRequest { SeedIds = [Seed], Count = 2 };

        // Act
        var boosted = service.Recommend(plain with { PopularityPrior = 1.0 });
        var unchanged = service.Recommend(plain);

        // Assert: the cache keeps the two apart.
        Assert.Equal([FamousCousin, ObscureTwin], boosted.Items.Select(i => i.Movie.Id));
        Assert.Equal([ObscureTwin, FamousCousin], unchanged.Items.Select(i => i.Movie.Id));
    }

    [Fact]
    public void Recommend_RequestPopularityPriorWithDiversity_UsesRequestPrior()
    {
        // Arrange
        using var service = CreateService(PriorCatalog(), popularityPrior: 0);

        // Act
        var result = service.Recommend(new RecommendationRequest { SeedIds = [Seed], Count = 2, Diversity = 0.01, PopularityPrior = 1.0 });

        // Assert
        Assert.Equal(FamousCousin, result.Items[0].Movie.Id);
    }

    private static Model.RecommenderModel PriorCatalog() => new TestModelBuilder()
        .Add(Seed, "Seed", votes: 500, genres: ["Drama"], keywords: ["heist", "betrayal"])
        .Add(ObscureTwin, "Obscure Twin", votes: 10, genres: ["Drama"], keywords: ["heist", "betrayal"])
        .Add(FamousCousin, "Famous Cousin", votes: 10_000, genres: ["Drama"], keywords: ["heist"])
        .Build();
}
