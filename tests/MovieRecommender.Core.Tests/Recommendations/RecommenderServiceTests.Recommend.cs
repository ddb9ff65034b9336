using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Tests.Recommendations;

/// <summary>Recommendation rules of <see cref="RecommenderService"/>.</summary>
public partial class RecommenderServiceTests
{
    [Fact]
    public void Recommend_ByTitle_ReturnsNeighboursWithoutSeed()
    {
        // Arrange
        using var service = CreateService(Catalog);

        // Act
        var result = service.Recommend(new RecommendationRequest { Title = "the dark knight" });

        // Assert
        Assert.Equal(RecommendationStatus.Ok, result.Status);
        Assert.Equal(TestCatalog.DarkKnight, Assert.Single(result.Seeds).Id);
        Assert.DoesNotContain(result.Items, i => i.Movie.Id == TestCatalog.DarkKnight);
        Assert.Contains(result.Items[0].Movie.Id, new[] { TestCatalog.BatmanBegins, TestCatalog.DarkKnightRises });
        Assert.Equal(result.Items.Select(i => i.Similarity).OrderDescending(), result.Items.Select(i => i.Similarity));
    }

    [Fact]
    public void Recommend_UnknownId_ReturnsSeedNotFoundWithoutSuggestions()
    {
        // Arrange
        using var service = CreateService(Catalog);

        // Act
        var result = service.Recommend(new RecommendationRequest { SeedIds = [TestCatalog.DarkKnight, 999_999] });

        // Assert
        Assert.Equal(RecommendationStatus.SeedNotFound, result.Status);
        Assert.Empty(result.Suggestions);
        Assert.Empty(result.Items);
    }

    [Fact]
    public void Recommend_UnknownTitle_ReturnsSeedNotFoundWithSuggestions()
    {
        // Arrange
        using var service = CreateService(Catalog);

        // Act
        var result = service.Recommend(new RecommendationRequest { Title = "Godfathr Part" });

        // Assert
        Assert.Equal(RecommendationStatus.SeedNotFound, result.Status);
        Assert.Contains(result.Suggestions, s => s.Movie.Id == TestCatalog.GodfatherPart2);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Recommend_NoTitleNoIds_ReturnsSeedNotFound(string? title)
    {
        // Arrange
        using var service = CreateService(Catalog);

        // Act
        var result = service.Recommend(new RecommendationRequest { Title = title });

        // Assert
        Assert.Equal(RecommendationStatus.SeedNotFound, result.Status);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(3, 3)]
    [InlineData(1000, 23)]
    public void Recommend_Count_IsClampedAndFilled(int count, int expectedItems)
    {
        // Arrange: 26 films; besides the seed, 22 share a term with it, Amélie is reached through a neighbour's
        // neighbour (two hops) and the two Ghibli films share nothing with anything reachable.
        using var service = CreateService(Catalog);

        // Act
        var result = service.Recommend(new RecommendationRequest { SeedIds = [TestCatalog.DarkKnight], Count = count });

        // Assert
        Assert.Equal(expectedItems, result.Items.Count);
    }

    [Fact]
    public void Recommend_DefaultCount_IsFifteen()
    {
        // Arrange
        using var service = CreateService(Catalog);

        // Act
        var result = service.Recommend(new RecommendationRequest { SeedIds = [TestCatalog.DarkKnight] });

        // Assert
        Assert.Equal(RecommendationRequest.DefaultCount, result.Items.Count);
        Assert.False(result.IsShort);
    }

    [Fact]
    public void Recommend_SeveralSeeds_AveragesSimilaritiesAndExcludesSeeds()
    {
        // Arrange
        using var service = CreateService(Catalog);
        int darkKnight = IndexOf(TestCatalog.DarkKnight);
        int spirited = IndexOf(TestCatalog.SpiritedAway);
        int totoro = IndexOf(TestCatalog.Totoro);

        // Act
        var result = service.Recommend(new RecommendationRequest
        {
            SeedIds = [TestCatalog.DarkKnight, TestCatalog.SpiritedAway],
            Count = 30,
        });

        // Assert
        Assert.Equal(2, result.Seeds.Count);
        Assert.DoesNotContain(result.Items, i => i.Movie.Id is TestCatalog.DarkKnight or TestCatalog.SpiritedAway);
        double expectedTotoro = (SimilarityOf(darkKnight, totoro) + SimilarityOf(spirited, totoro)) / 2;
        var totoroItem = Assert.Single(result.Items, i => i.Movie.Id == TestCatalog.Totoro);
        Assert.Equal(expectedTotoro, totoroItem.Similarity, 5);
        Assert.Contains(result.Items.Take(6), i => i.Movie.Directors.Contains("Christopher Nolan"));
    }

    [Fact]
    public void Recommend_Paging_ConcatenatesToOneLongerPage()
    {
        // Arrange
        using var service = CreateService(Catalog);
        var request = new RecommendationRequest { SeedIds = [TestCatalog.Inception], Count = 5 };

        // Act
        var first = service.Recommend(request);
        var second = service.Recommend(request with { Offset = 5 });
        var both = service.Recommend(request with { Count = 10 });

        // Assert
        Assert.Equal(both.Items.Select(i => i.Movie.Id), first.Items.Concat(second.Items).Select(i => i.Movie.Id));
        Assert.Equal(5, second.Offset);
        Assert.Equal(first.Total, second.Total);
    }

    [Fact]
    public void Recommend_OffsetBeyondCandidates_ReturnsEmptyShortPage()
    {
        // Arrange
        using var service = CreateService(Catalog);

        // Act
        var result = service.Recommend(new RecommendationRequest { SeedIds = [TestCatalog.Inception], Offset = 500 });

        // Assert
        Assert.Empty(result.Items);
        Assert.True(result.IsShort);
    }

    [Fact]
    public void Recommend_Explanations_ContainSharedDirectorGenreAndKeyword()
    {
        // Arrange
        using var service = CreateService(Catalog);

        // Act
        var result = service.Recommend(new RecommendationRequest { SeedIds = [TestCatalog.DarkKnight], Count = 30 });

        // Assert
        var explanation = result.Items.Single(i => i.Movie.Id == TestCatalog.BatmanBegins).Explanation;
        Assert.Contains(explanation, e => e.Kind == TermKind.Director && e.Value == "Christopher Nolan" && e.Weight > 0);
        Assert.Contains(explanation, e => e.Kind == TermKind.Keyword && e.Value == "batman");
        Assert.Contains(explanation, e => e.Kind == TermKind.Genre && e.Value == "Crime");
        Assert.Equal(TermKind.Director, explanation[0].Kind);
    }

    [Fact]
    public void Recommend_ExplanationTermsMissMetadata_AddsSharedGenreFromMovie()
    {
        // Arrange: many shared terms crowd the genre out of the top five.
        using var service = CreateService(Catalog);

        // Act
        var result = service.Recommend(new RecommendationRequest { SeedIds = [TestCatalog.Godfather] });

        // Assert
        var explanation = result.Items.Single(i => i.Movie.Id == TestCatalog.GodfatherPart2).Explanation;
        Assert.Contains(explanation, e => e.Kind == TermKind.Genre && e.Value == "Crime");
        Assert.Contains(explanation, e => e.Kind == TermKind.Genre && e.Value == "Drama");
        Assert.Contains(explanation, e => e.Kind == TermKind.Director && e.Value == "Francis Ford Coppola");
    }

    [Fact]
    public void Recommend_DiversityZero_EqualsPureRelevanceOrder()
    {
        // Arrange
        using var service = CreateService(Catalog);
        int seed = IndexOf(TestCatalog.DarkKnight);
        var scores = Catalog.NeighbourScoresOf(seed).ToArray();
        var relevanceOrder = Catalog.NeighboursOf(seed).ToArray()
            .Select((index, position) => (Movie: Catalog.Movies[index], Score: scores[position]))
            .OrderByDescending(p => p.Score).ThenByDescending(p => p.Movie.VoteCount)
            .Take(10).Select(p => p.Movie.Id);

        // Act
        var result = service.Recommend(new RecommendationRequest { SeedIds = [TestCatalog.DarkKnight], Count = 10, Diversity = 0 });

        // Assert
        Assert.Equal(relevanceOrder, result.Items.Select(i => i.Movie.Id));
    }

    [Fact]
    public void Recommend_PositiveDiversity_LowersSimilarityBetweenResults()
    {
        // Arrange
        using var service = CreateService(Catalog);
        var request = new RecommendationRequest { SeedIds = [TestCatalog.DarkKnight], Count = 5 };

        // Act
        var plain = service.Recommend(request);
        var diverse = service.Recommend(request with { Diversity = 0.7 });

        // Assert
        Assert.Equal(plain.Items[0].Movie.Id, diverse.Items[0].Movie.Id);
        Assert.True(MeanPairwiseSimilarity(diverse.Items) < MeanPairwiseSimilarity(plain.Items));
        Assert.Equal(plain.Total, diverse.Total);
    }

    private static int IndexOf(int id) => Catalog.Movies.ToList().FindIndex(m => m.Id == id);

    private static double SimilarityOf(int from, int to)
    {
        var neighbours = Catalog.NeighboursOf(from).ToArray();
        int position = Array.IndexOf(neighbours, to);
        return position < 0 ? 0 : Catalog.NeighbourScoresOf(from)[position];
    }

    private static double MeanPairwiseSimilarity(IReadOnlyList<Recommendation> items)
    {
        var indices = items.Select(i => IndexOf(i.Movie.Id)).ToList();
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < indices.Count; a++)
        {
            for (int b = a + 1; b < indices.Count; b++)
            {
                var termsA = Catalog.TopTermsOf(indices[a]).ToArray();
                var weightsA = Catalog.TopTermWeightsOf(indices[a]).ToArray();
                var termsB = Catalog.TopTermsOf(indices[b]).ToArray();
                var weightsB = Catalog.TopTermWeightsOf(indices[b]).ToArray();
                sum += termsA.Select((t, i) => Array.IndexOf(termsB, t) is var j and >= 0 ? weightsA[i] * weightsB[j] : 0).Sum();
                pairs++;
            }
        }

        return sum / pairs;
    }
}
