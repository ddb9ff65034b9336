using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Web.Queries;

/// <summary>Accepted ranges of query parameters (public API contract; see CONTRACT.md).</summary>
public static class QueryLimits
{
    public const int MinCount = 1;
    public const int MaxCount = 100;
    public const int DefaultCount = 15;

    /// <summary>The engine's own limit, so a deeper page is a 400 here rather than silently clamped there.</summary>
    public const int MaxOffset = RecommenderService.MaxOffset;

    /// <summary>With one film per page, the page holding <see cref="MaxOffset"/>; deeper pages of any size are refused.</summary>
    public const int MaxPage = MaxOffset + 1;
    public const int MinYear = 1870;
    public const int MaxYear = 2100;
    public const double MaxRating = 10;
    public const int MaxVotes = 100_000_000;
    public const int MaxRuntime = 2_000;
    public const int MaxTitleLength = 300;
    public const int MaxSeedIds = 20;
    public const int MaxGenres = 30;
    public const int MaxGenreLength = 60;
    public const int MinSearchLength = 2;
    public const int MaxSearchLength = 200;
    public const int MinSearchLimit = 1;
    public const int MaxSearchLimit = 50;
    public const int DefaultSearchLimit = 10;

    /// <summary>Watch providers one services filter may name.</summary>
    public const int MaxServices = 30;
}
