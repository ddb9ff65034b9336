using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Benchmarks.Measurement;

/// <summary>Seeded random queries over a catalog: autocomplete prefixes, exact titles, recommendation requests.</summary>
public sealed class QueryWorkload(IReadOnlyList<Movie> movies, int seed)
{
    private const int MinPrefix = 2;
    private const int MaxPrefix = 8;
    private const int MinCount = 10;
    private const int MaxCount = 20;

    /// <summary>What a user has typed so far: a random title cut after 2–8 characters (sometimes into word two).</summary>
    public IReadOnlyList<string> Prefixes(int count)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var title = movies[random.Next(movies.Count)].Title;
            var length = Math.Min(title.Length, random.Next(MinPrefix, MaxPrefix + 1));
            return title[..length].Trim().PadRight(MinPrefix, 'a');
        })];
    }

    public IReadOnlyList<string> Titles(int count)
    {
        var random = new Random(seed + 1);
        return [.. Enumerable.Range(0, count).Select(_ => movies[random.Next(movies.Count)].Title)];
    }

    /// <summary>Requests for random seeds; with <paramref name="filtered"/>, genre/year/votes filters and MMR 0.3.</summary>
    public IReadOnlyList<RecommendationRequest> Recommendations(int count, bool filtered)
    {
        var random = new Random(seed + (filtered ? 3 : 2));
        var filter = filtered
            ? new MovieFilter { MinYear = 1990, Genres = ["Drama", "Comedy"], MinVotes = 5 }
            : MovieFilter.None;
        return [.. Enumerable.Range(0, count).Select(_ => new RecommendationRequest
        {
            SeedIds = [movies[random.Next(movies.Count)].Id],
            Count = random.Next(MinCount, MaxCount + 1),
            Filter = filter,
            Diversity = filtered ? 0.3 : 0,
        })];
    }
}
