using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Presentation;
using MovieRecommender.Web.Services;

namespace MovieRecommender.Web.Apis.Contracts;

/// <summary>Engine records to the public JSON shapes of CONTRACT.md.</summary>
public static class ApiMapper
{
    public static MovieSummaryDto Summary(Movie m) => new()
    {
        Id = m.Id,
        Title = m.Title,
        Year = m.Year,
        Genres = m.Genres,
        Rating = m.VoteAverage,
        Votes = m.VoteCount,
        Runtime = m.RuntimeMinutes,
        Language = m.OriginalLanguage,
        PosterUrl = MovieLinks.PosterUrl(m.PosterPath),
        ImdbUrl = MovieLinks.ImdbUrl(m.ImdbId),
    };

    public static MovieDetailsDto Details(Movie m) => new()
    {
        Id = m.Id,
        Title = m.Title,
        OriginalTitle = m.OriginalTitle,
        Year = m.Year,
        ReleaseDate = m.ReleaseDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Genres = m.Genres,
        Rating = m.VoteAverage,
        Votes = m.VoteCount,
        Popularity = m.Popularity,
        Runtime = m.RuntimeMinutes,
        Language = m.OriginalLanguage,
        Countries = m.Countries,
        Directors = m.Directors,
        Cast = m.Cast,
        Companies = m.Companies,
        Keywords = m.Keywords,
        Overview = m.Overview,
        Tagline = m.Tagline,
        PosterUrl = MovieLinks.PosterUrl(m.PosterPath),
        ImdbUrl = MovieLinks.ImdbUrl(m.ImdbId),
    };

    public static RecommendationDto Recommendation(Recommendation r) => new()
    {
        Id = r.Movie.Id,
        Title = r.Movie.Title,
        Year = r.Movie.Year,
        Genres = r.Movie.Genres,
        Rating = r.Movie.VoteAverage,
        Votes = r.Movie.VoteCount,
        Similarity = Math.Round(r.Similarity, 4),
        PosterUrl = MovieLinks.PosterUrl(r.Movie.PosterPath),
        ImdbUrl = MovieLinks.ImdbUrl(r.Movie.ImdbId),
        Explanation = [.. r.Explanation.Select(e => new ExplanationDto(ExplanationLabels.ApiName(e.Kind), e.Value, Math.Round(e.Weight, 4)))],
    };

    public static RecommendationsResponse Recommendations(RecommendationResult result) =>
        new([.. result.Seeds.Select(Summary)], result.Total, result.Offset, result.IsShort, [.. result.Items.Select(Recommendation)])
        {
            Algorithm = RecommendationAlgorithms.NameOf(result.Algorithm),
        };

    public static PagedMoviesResponse Paged(PagedResult<Movie> page) => new(page.Total, page.Offset, [.. page.Items.Select(Summary)]);

    public static SuggestionDto Suggestion(TitleSuggestion s) => new(s.Movie.Id, s.Movie.Title, s.Movie.Year, s.Score);

    public static ModelStatusResponse Status(ModelLoadSnapshot s, bool ready) =>
        new(StateName(s.Status), s.Progress, s.Stage, s.ModelVersion, s.LoadedAt, s.Movies, s.LastError, ready, ready ? s.Catalog : null);

    public static string StateName(ModelLoadStatus status) => status switch
    {
        ModelLoadStatus.Ready => "ready",
        ModelLoadStatus.Failed => "failed",
        ModelLoadStatus.Degraded => "degraded",
        _ => "loading",
    };
}
