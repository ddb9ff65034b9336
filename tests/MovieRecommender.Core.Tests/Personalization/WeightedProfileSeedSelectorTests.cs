using MovieRecommender.Core.Personalization;

namespace MovieRecommender.Core.Tests.Personalization;

public sealed class WeightedProfileSeedSelectorTests
{
    private static readonly DateTime Now = new(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly WeightedProfileSeedSelector _selector = new();

    [Fact]
    public void SelectSeeds_RatingsAroundTheMean_HighPullsUpLowPushesDown()
    {
        // Arrange
        var profile = new UserProfile { Ratings = [new(1, 5.0, Now), new(2, 4.0, Now), new(3, 2.0, Now), new(4, 3.5, Now)] };

        // Act
        var seeds = _selector.SelectSeeds(profile, _ => true, Now).ToDictionary(s => s.MovieId);

        // Assert
        Assert.True(seeds[1].Weight > seeds[2].Weight);
        Assert.True(seeds[2].Weight > 0);
        Assert.True(seeds[3].Weight < 0, "a 2★ from someone who rates around 3.6 is a signal against");
        Assert.Equal(SeedReason.Rated, seeds[1].Reason);
        Assert.Equal(5.0, seeds[1].Stars);
    }

    [Fact]
    public void SelectSeeds_OnlyFiveStarRatings_StillPositive()
    {
        // Arrange: the mean is shrunk toward 3★, so someone who only rated favourites still gets signal.
        var profile = new UserProfile { Ratings = [new(1, 5.0, Now), new(2, 5.0, Now)] };

        // Act
        var seeds = _selector.SelectSeeds(profile, _ => true, Now);

        // Assert
        Assert.Equal(2, seeds.Count);
        Assert.All(seeds, s => Assert.True(s.Weight > 0));
    }

    [Fact]
    public void SelectSeeds_LikesWatchesAndWatchlist_CountWithOldWatchesFading()
    {
        // Arrange
        var profile = new UserProfile
        {
            Likes = [new(1, Now)],
            Watched = [new(2, Now.AddDays(-1)), new(3, Now.AddYears(-3))],
            Watchlist = [new(4, Now)],
        };

        // Act
        var seeds = _selector.SelectSeeds(profile, _ => true, Now).ToDictionary(s => s.MovieId);

        // Assert
        Assert.Equal(SeedReason.Liked, seeds[1].Reason);
        Assert.True(seeds[1].Weight > seeds[2].Weight);
        Assert.Equal(SeedReason.Watched, seeds[2].Reason);
        Assert.False(seeds.ContainsKey(3) && seeds[3].Weight >= seeds[2].Weight, "a watch three years ago counts less than yesterday's");
        Assert.Equal(SeedReason.Watchlisted, seeds[4].Reason);
    }

    [Fact]
    public void SelectSeeds_FilmNotInTheModel_IsNoSeed()
    {
        // Arrange
        var profile = new UserProfile { Ratings = [new(1, 5.0, Now), new(99, 5.0, Now)] };

        // Act
        var seeds = _selector.SelectSeeds(profile, id => id != 99, Now);

        // Assert
        Assert.Equal(1, Assert.Single(seeds).MovieId);
    }

    [Fact]
    public void SelectSeeds_HugeProfile_KeepsTheStrongestWithinTheEngineLimit()
    {
        // Arrange
        var ratings = Enumerable.Range(1, 500).Select(id => new ProfileRating(id, id % 2 == 0 ? 5.0 : 1.0, Now)).ToList();

        // Act
        var seeds = _selector.SelectSeeds(new UserProfile { Ratings = ratings }, _ => true, Now);

        // Assert
        Assert.Equal(WeightedProfileSeedSelector.MaxPositiveSeeds, seeds.Count(s => s.Weight > 0));
        Assert.Equal(WeightedProfileSeedSelector.MaxNegativeSeeds, seeds.Count(s => s.Weight < 0));
    }
}
