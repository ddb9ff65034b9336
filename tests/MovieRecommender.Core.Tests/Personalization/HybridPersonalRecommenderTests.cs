using Microsoft.Extensions.Options;
using MovieRecommender.Core.Personalization;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Tests.TestSupport;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Tests.Personalization;

/// <summary>"For you" through the real engine: the hybrid on a model trained with ratings, the content path otherwise.</summary>
public sealed class HybridPersonalRecommenderTests : IClassFixture<HybridWorldFixture>, IDisposable
{
    private static readonly DateTime Now = new(2026, 1, 10, 0, 0, 0, DateTimeKind.Utc);
    private readonly HybridWorldFixture _world;
    private readonly RecommenderService _engine = new(Options.Create(new RecommenderOptions()), TimeProvider.System);

    public HybridPersonalRecommenderTests(HybridWorldFixture world) => _world = world;

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void Recommend_HybridModel_RanksWithTheHybridAndLeavesOutEveryFilmOfTheProfile()
    {
        // Arrange: a space fan who also has a space film on the watchlist.
        _engine.UseModel(_world.Model, TimeSpan.Zero);
        var profile = SpaceFan() with { Watchlist = [new ProfileEvent(TasteWorld.IdOf(6), Now)] };

        // Act
        var personal = Recommender().Recommend(profile, new PersonalRecommendationRequest { Count = 10 });

        // Assert
        Assert.Equal(RecommendationAlgorithm.Hybrid, personal.Result.Algorithm);
        Assert.True(personal.HasSignal);
        Assert.True(personal.Result.Items.Count(i => TasteWorld.IsSpace(i.Movie.Id - 1000)) >= 9);
        Assert.DoesNotContain(personal.Result.Items, i => profile.AllFilms().Contains(i.Movie.Id));
        Assert.Contains(personal.Result.Items, i => i.Sources.Any(s => profile.Ratings.Any(r => r.MovieId == s.MovieId)));
    }

    [Fact]
    public void Recommend_ContentOnlyModel_UsesTheWeightedContentPath()
    {
        // Arrange
        _engine.UseModel(_world.Model.WithHybrid(null, null), TimeSpan.Zero);

        // Act
        var personal = Recommender().Recommend(SpaceFan(), new PersonalRecommendationRequest { Count = 10 });

        // Assert
        Assert.Equal(RecommendationAlgorithm.Content, personal.Result.Algorithm);
        Assert.NotEmpty(personal.Result.Items);
    }

    [Fact]
    public void Recommend_OnlyFilmsNobodyRated_FallsBackToContentNeighbours()
    {
        // Arrange: the profile holds only cold-start films (no ratings in training).
        _engine.UseModel(_world.Model, TimeSpan.Zero);
        var profile = new UserProfile { Ratings = [new ProfileRating(TasteWorld.IdOf(TasteWorld.FirstColdFilm), 5, Now)] };

        // Act
        var personal = Recommender().Recommend(profile, new PersonalRecommendationRequest { Count = 5 });

        // Assert
        Assert.Equal(RecommendationAlgorithm.Content, personal.Result.Algorithm);
        Assert.NotEmpty(personal.Result.Items);
    }

    private HybridPersonalRecommender Recommender()
    {
        var selector = new WeightedProfileSeedSelector();
        var clock = new FixedTimeProvider(Now);
        return new HybridPersonalRecommender(_engine, _engine, new ContentPersonalRecommender(_engine, selector, clock), selector, clock);
    }

    private static UserProfile SpaceFan() => new()
    {
        Ratings =
        [
            new ProfileRating(TasteWorld.IdOf(1), 5, Now), new ProfileRating(TasteWorld.IdOf(4), 4.5, Now),
            new ProfileRating(TasteWorld.IdOf(9), 5, Now), new ProfileRating(TasteWorld.IdOf(30), 1, Now),
        ],
        Likes = [new ProfileEvent(TasteWorld.IdOf(11), Now)],
    };

    private sealed class FixedTimeProvider(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now);
    }
}
