using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Recommendations;

/// <summary>The film an external entry matched, or why none did (<see cref="Failure"/> for code, <see cref="Reason"/> in words).</summary>
public sealed record FilmMatch(Movie? Movie, string? Reason)
{
    /// <summary>Years a titled entry may be off by and still match (release dates differ between sources).</summary>
    public const int YearTolerance = 1;

    public FilmMatchFailure Failure { get; init; }

    public static FilmMatch Found(Movie movie) => new(movie, null);

    public static FilmMatch NotFound(FilmMatchFailure failure, string reason) => new(null, reason) { Failure = failure };
}
