using Microsoft.Extensions.Options;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Tests.TestSupport;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Tests.Hybrid;

/// <summary>The hybrid as the API and the personal endpoint reach it: through <see cref="RecommenderService"/>.</summary>
public sealed class HybridRecommendationTests : IClassFixture<HybridWorldFixture>, IDisposable
{
    private readonly HybridWorldFixture _world;
    private readonly RecommenderService _service = new(Options.Create(new RecommenderOptions()), TimeProvider.System);

    public HybridRecommendationTests(HybridWorldFixture world)
    {
        _world = world;
        _service.UseModel(world.Model, TimeSpan.Zero);
    }

    public void Dispose() => _service.Dispose();

    [Fact]
    public void Recommend_DefaultAlgorithmOnHybridModel_UsesTheHybridAndStaysWithinTheSeedsTaste()
    {
        // Arrange
        var request = new RecommendationRequest { SeedIds = [TasteWorld.IdOf(3)], Count = 10 };

        // Act
        var result = _service.Recommend(request);

        // Assert
        Assert.Equal(RecommendationAlgorithm.Hybrid, result.Algorithm);
        Assert.Equal(10, result.Items.Count);
        Assert.True(result.Items.Count(i => TasteWorld.IsSpace(i.Movie.Id - 1000)) >= 9);
        Assert.DoesNotContain(result.Items, i => i.Movie.Id == TasteWorld.IdOf(3));
    }

    [Fact]
    public void Recommend_HybridResult_ExplainsCollaborativeEvidenceWithTheSeedTitle()
    {
        // Arrange
        var request = new RecommendationRequest { SeedIds = [TasteWorld.IdOf(30)], Count = 10 };

        // Act
        var result = _service.Recommend(request);

        // Assert
        var coLiked = result.Items.SelectMany(i => i.Explanation).Where(e => e.Kind == TermKind.CoLiked).ToList();
        Assert.NotEmpty(coLiked);
        Assert.All(coLiked, e => Assert.Equal(_world.Model.Movies[30].Title, e.Value));
    }

    [Fact]
    public void Recommend_AlgorithmContent_GivesTheContentEnginesList()
    {
        // Arrange
        using var contentOnly = new RecommenderService(Options.Create(new RecommenderOptions()), TimeProvider.System);
        contentOnly.UseModel(_world.Model.WithHybrid(null, null), TimeSpan.Zero);
        var request = new RecommendationRequest { SeedIds = [TasteWorld.IdOf(5)], Count = 10 };

        // Act
        var result = _service.Recommend(request with { Algorithm = RecommendationAlgorithm.Content });
        var expected = contentOnly.Recommend(request);

        // Assert
        Assert.Equal(RecommendationAlgorithm.Content, result.Algorithm);
        Assert.Equal(expected.Items.Select(i => i.Movie.Id), result.Items.Select(i => i.Movie.Id));
    }

    [Fact]
    public void Recommend_ColdStartSeedNobodyRated_ReturnsItsContentNeighbours()
    {
        // Arrange
        var request = new RecommendationRequest { SeedIds = [TasteWorld.IdOf(TasteWorld.FirstColdFilm)], Count = 5 };

        // Act
        var hybrid = _service.Recommend(request);
        var content = _service.Recommend(request with { Algorithm = RecommendationAlgorithm.Content });

        // Assert
        Assert.Equal(RecommendationAlgorithm.Content, hybrid.Algorithm);
        Assert.Equal(content.Items.Select(i => i.Movie.Id), hybrid.Items.Select(i => i.Movie.Id));
        Assert.All(hybrid.Items, i => Assert.True(TasteWorld.IsSpace(i.Movie.Id - 1000)));
    }

    [Fact]
    public void Recommend_HybridOnContentOnlyModel_FallsBackToContentAndSaysSo()
    {
        // Arrange
        using var contentOnly = new RecommenderService(Options.Create(new RecommenderOptions()), TimeProvider.System);
        contentOnly.UseModel(_world.Model.WithHybrid(null, null), TimeSpan.Zero);

        // Act
        var result = contentOnly.Recommend(new RecommendationRequest { SeedIds = [TasteWorld.IdOf(5)], Algorithm = RecommendationAlgorithm.Hybrid });

        // Assert
        Assert.Equal(RecommendationAlgorithm.Content, result.Algorithm);
        Assert.NotEmpty(result.Items);
    }

    [Fact]
    public void Recommend_HybridPages_ContinueEachOtherWithoutRepeats()
    {
        // Arrange
        var request = new RecommendationRequest { SeedIds = [TasteWorld.IdOf(7)], Count = 8 };

        // Act
        var first = _service.Recommend(request);
        var second = _service.Recommend(request with { Offset = 8 });
        var both = _service.Recommend(request with { Count = 16 });

        // Assert
        Assert.Equal(both.Items.Select(i => i.Movie.Id), first.Items.Concat(second.Items).Select(i => i.Movie.Id));
        Assert.Equal(first.Total, second.Total);
    }

    [Fact]
    public void Recommend_FilterThatLeavesFewHybridCandidates_IsContinuedByContentNeighbours()
    {
        // Arrange: only garden films pass, for a space seed.
        var request = new RecommendationRequest
        {
            SeedIds = [TasteWorld.IdOf(2)], Count = 20, Filter = new MovieFilter { Genres = ["Romance"] },
        };

        // Act
        var result = _service.Recommend(request);

        // Assert
        Assert.Equal(20, result.Items.Count);
        Assert.All(result.Items, i => Assert.Contains("Romance", i.Movie.Genres));
        Assert.Equal(result.Items.Count, result.Items.Select(i => i.Movie.Id).Distinct().Count());
    }

    [Fact]
    public void RecommendForProfile_SpaceFan_GetsSpaceFilmsAndNeverAFilmAlreadyRated()
    {
        // Arrange
        RatedFilm[] ratings = [new(TasteWorld.IdOf(1), 5), new(TasteWorld.IdOf(4), 4.5f), new(TasteWorld.IdOf(9), 5), new(TasteWorld.IdOf(30), 1)];

        // Act
        var result = _service.RecommendForProfile(new ProfileRecommendationRequest { Ratings = ratings, Count = 10 });

        // Assert
        Assert.Equal(RecommendationAlgorithm.Hybrid, result.Algorithm);
        Assert.True(result.Items.Count(i => TasteWorld.IsSpace(i.Movie.Id - 1000)) >= 9);
        Assert.DoesNotContain(result.Items, i => ratings.Any(r => r.MovieId == i.Movie.Id));
    }

    [Fact]
    public void RecommendForProfile_UnknownFilmsOnly_ReturnsAnEmptyList()
    {
        // Arrange
        RatedFilm[] ratings = [new(999_999, 5)];

        // Act
        var result = _service.RecommendForProfile(new ProfileRecommendationRequest { Ratings = ratings });

        // Assert
        Assert.Equal(RecommendationStatus.Ok, result.Status);
        Assert.Empty(result.Items);
    }

    [Fact]
    public void RecommendForProfile_ContentAlgorithm_CombinesOnlyTheLikedFilms()
    {
        // Arrange: one liked garden film and one disliked space film.
        RatedFilm[] ratings = [new(TasteWorld.IdOf(30), 5), new(TasteWorld.IdOf(2), 1)];

        // Act
        var result = _service.RecommendForProfile(new ProfileRecommendationRequest
        {
            Ratings = ratings, Count = 5, Algorithm = RecommendationAlgorithm.Content,
        });

        // Assert
        Assert.Equal(RecommendationAlgorithm.Content, result.Algorithm);
        Assert.All(result.Items, i => Assert.False(TasteWorld.IsSpace(i.Movie.Id - 1000)));
    }
}
