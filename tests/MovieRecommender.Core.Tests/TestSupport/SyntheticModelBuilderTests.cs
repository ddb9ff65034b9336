using Microsoft.Extensions.Options;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Tests.TestSupport;

public class SyntheticModelBuilderTests
{
    private static readonly SyntheticModelBuilder Small =
        new() { MovieCount = 2_000, NeighboursPerMovie = 10, TopTermsPerMovie = 8, TermCount = 500, TitleVocabularySize = 1_000 };

    [Fact]
    public void Build_SameSeed_IsDeterministic()
    {
        // Act
        var first = Small.Build();
        var second = Small.Build();

        // Assert
        Assert.Equal(first.Movies.Select(m => m.Title), second.Movies.Select(m => m.Title));
        Assert.Equal(first.NeighbourIndices, second.NeighbourIndices);
    }

    [Fact]
    public void Build_Model_HasRequestedShapeAndValidVectors()
    {
        // Act
        var model = Small.Build();

        // Assert
        Assert.Equal(2_000, model.MovieCount);
        Assert.Equal(2_000 * 10, model.NeighbourIndices.Length);
        for (int i = 0; i < model.MovieCount; i += 97)
        {
            Assert.DoesNotContain(i, model.NeighboursOf(i).ToArray());
            var terms = model.TopTermsOf(i).ToArray();
            Assert.Equal(terms.Order(), terms);
            Assert.Equal(1.0, Math.Sqrt(model.TopTermWeightsOf(i).ToArray().Sum(w => (double)w * w)), 4);
            var scores = model.NeighbourScoresOf(i).ToArray();
            Assert.Equal(scores.OrderDescending(), scores);
        }
    }

    [Fact]
    public void Build_Model_IsServableAndSearchable()
    {
        // Arrange
        var model = Small.Build();
        using var service = new RecommenderService(Options.Create(new RecommenderOptions()), TimeProvider.System);
        string firstWord = model.Movies[0].Title.Split(' ')[0];

        // Act
        service.UseModel(model, TimeSpan.Zero);

        // Assert
        Assert.NotEmpty(service.Search(firstWord[..3]));
        Assert.Equal(15, service.Recommend(new RecommendationRequest { SeedIds = [model.Movies[0].Id] }).Items.Count);
    }
}
