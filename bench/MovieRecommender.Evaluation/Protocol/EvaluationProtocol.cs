using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Evaluation.Protocol;

/// <summary>
/// Leave-the-rest-out seed protocol: for every user with at least <see cref="MinimumLikedInCatalog"/> liked films
/// in the catalog, draw <c>seedsPerUser</c> seeds at random; the user's other liked films are the relevant set.
/// Users are visited in ascending id and one seeded generator is shared, so the cases are reproducible.
/// </summary>
public static class EvaluationProtocol
{
    public const int MinimumLikedInCatalog = 20;

    public static IReadOnlyList<EvaluationCase> BuildCases(
        IReadOnlyList<Movie> catalog,
        IReadOnlyDictionary<int, IReadOnlyList<int>> likedTmdbIdsByUser,
        int seedsPerUser,
        int seed)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(likedTmdbIdsByUser);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seedsPerUser);

        var indexById = new Dictionary<int, int>(catalog.Count);
        for (var i = 0; i < catalog.Count; i++)
        {
            indexById.TryAdd(catalog[i].Id, i);
        }

        var random = new Random(seed);
        var cases = new List<EvaluationCase>();
        foreach (var (userId, liked) in likedTmdbIdsByUser.OrderBy(p => p.Key))
        {
            // Several MovieLens ids can map to one TMDB id: keep each film once, in first-seen order.
            var likedIndices = liked.Where(indexById.ContainsKey).Select(id => indexById[id]).Distinct().ToArray();
            if (likedIndices.Length < MinimumLikedInCatalog)
            {
                continue;
            }

            var seeds = likedIndices.OrderBy(_ => random.Next()).Take(seedsPerUser);
            foreach (var seedIndex in seeds)
            {
                var relevant = likedIndices.Where(i => i != seedIndex).ToHashSet();
                cases.Add(new EvaluationCase(userId, seedIndex, relevant));
            }
        }

        return cases;
    }
}
