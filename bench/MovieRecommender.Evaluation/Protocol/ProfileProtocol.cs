using MovieRecommender.Core.Collaborative;

namespace MovieRecommender.Evaluation.Protocol;

/// <summary>
/// The personal protocol: for every scored user with at least <see cref="EvaluationProtocol.MinimumLikedInCatalog"/>
/// liked films in the catalog, <see cref="ProfileSize"/> rated films (any rating, as a profile in the app holds) are drawn
/// at random; the top-10 for that profile is scored against the user's other liked films. Users in ascending id, one
/// seeded generator: reproducible.
/// </summary>
public static class ProfileProtocol
{
    public const int ProfileSize = 5;

    public static IReadOnlyList<ProfileCase> BuildCases(IReadOnlyList<UserFilmRating> scoredRatings, int seed, int profilesPerUser = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(profilesPerUser);
        ArgumentNullException.ThrowIfNull(scoredRatings);
        var random = new Random(seed);
        var cases = new List<ProfileCase>();
        foreach (var user in scoredRatings.GroupBy(r => r.UserId).OrderBy(g => g.Key))
        {
            // The last rating of a film counts, as the rating matrix keeps it.
            var ratingOf = new Dictionary<int, float>();
            foreach (var rating in user)
            {
                ratingOf[rating.Film] = rating.Rating;
            }

            var liked = ratingOf.Where(p => p.Value >= RatingScale.LikedAtLeast).Select(p => p.Key).ToHashSet();
            if (liked.Count < EvaluationProtocol.MinimumLikedInCatalog)
            {
                continue;
            }

            for (var draw = 0; draw < profilesPerUser; draw++)
            {
                var profile = ratingOf.Keys.Order().OrderBy(_ => random.Next()).Take(ProfileSize).Select(f => (f, ratingOf[f])).ToArray();
                var relevant = liked.Where(f => !profile.Any(p => p.f == f)).ToHashSet();
                cases.Add(new ProfileCase((int)user.Key, profile, relevant));
            }
        }

        return cases;
    }
}
