namespace MovieRecommender.Core.Personalization;

/// <summary>
/// Content-based profile weighting. A rating counts by how far it sits from the user's own mean (shrunk toward
/// the middle of the scale while there are few ratings, so someone who rated three films 5★ still gets signal):
/// above the mean pulls similar films up, below pushes them down (a 2★ is a signal against). A like adds a fixed
/// pull; a watch without a rating and a watchlist entry add a small one that fades with age. The strongest
/// signals are kept, most of them positive.
/// </summary>
public sealed class WeightedProfileSeedSelector : IProfileSeedSelector
{
    public const int MaxPositiveSeeds = 40;
    public const int MaxNegativeSeeds = 10;

    /// <summary>The scale's middle and how many virtual ratings of it the user's mean starts from.</summary>
    private const double NeutralStars = 3.0;
    private const double PriorRatings = 3.0;

    /// <summary>Stars away from the mean for a weight of 1.</summary>
    private const double StarsPerUnitWeight = 2.0;

    private const double LikeWeight = 1.0;
    private const double WatchWeight = 0.4;
    private const double WatchlistWeight = 0.25;
    private const double RecencyHalfLifeDays = 180;
    private const double MinAbsoluteWeight = 0.05;

    public IReadOnlyList<ProfileSeed> SelectSeeds(UserProfile profile, Func<int, bool> isKnown, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(isKnown);
        var seeds = new Dictionary<int, ProfileSeed>();
        var ratings = profile.Ratings.Where(r => double.IsFinite(r.Stars)).ToList();
        double mean = (ratings.Sum(r => r.Stars) + (NeutralStars * PriorRatings)) / (ratings.Count + PriorRatings);
        foreach (var rating in ratings)
        {
            seeds[rating.MovieId] = new ProfileSeed(rating.MovieId, (rating.Stars - mean) / StarsPerUnitWeight, SeedReason.Rated, rating.Stars);
        }

        foreach (var like in profile.Likes)
        {
            // Rated and liked: the rating stays the reason shown (it says more), the like adds to the weight.
            seeds[like.MovieId] = seeds.TryGetValue(like.MovieId, out var rated)
                ? rated with { Weight = rated.Weight + LikeWeight }
                : new ProfileSeed(like.MovieId, LikeWeight, SeedReason.Liked, null);
        }

        AddFading(seeds, profile.Watched, WatchWeight, SeedReason.Watched, now);
        AddFading(seeds, profile.Watchlist, WatchlistWeight, SeedReason.Watchlisted, now);

        var usable = seeds.Values.Where(s => Math.Abs(s.Weight) >= MinAbsoluteWeight && isKnown(s.MovieId)).ToList();
        return
        [
            .. usable.Where(s => s.Weight > 0).OrderByDescending(s => s.Weight).ThenBy(s => s.MovieId).Take(MaxPositiveSeeds),
            .. usable.Where(s => s.Weight < 0).OrderBy(s => s.Weight).ThenBy(s => s.MovieId).Take(MaxNegativeSeeds),
        ];
    }

    /// <summary>Only for films not already rated or liked: those say more than having watched them.</summary>
    private static void AddFading(Dictionary<int, ProfileSeed> seeds, IReadOnlyList<ProfileEvent> events, double weight, SeedReason reason, DateTime now)
    {
        foreach (var e in events)
        {
            if (seeds.ContainsKey(e.MovieId))
            {
                continue;
            }

            double ageDays = Math.Max(0, (now - e.At).TotalDays);
            seeds[e.MovieId] = new ProfileSeed(e.MovieId, weight * Math.Pow(0.5, ageDays / RecencyHalfLifeDays), reason, null);
        }
    }
}
