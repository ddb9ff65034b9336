using System.Globalization;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Queries;
using MovieRecommender.Web.ViewModels;

namespace MovieRecommender.Web.Presentation;

/// <summary>Turns engine records into view models so no Core type reaches a Razor view.</summary>
public static class ViewModelMapper
{
    private const int MaxChips = 4;
    private const int PercentScale = 100;

    public static MovieCardViewModel Card(Movie movie, double? similarity = null, IReadOnlyList<ExplanationItem>? explanation = null) => new()
    {
        Id = movie.Id,
        Title = movie.Title,
        OriginalTitle = OriginalTitleIfDifferent(movie),
        OriginalLanguage = movie.OriginalLanguage,
        Year = movie.Year,
        Genres = movie.Genres,
        Rating = movie.VoteAverage,
        Votes = movie.VoteCount,
        SimilarityPercent = similarity is { } s && double.IsFinite(s) ? (int)Math.Round(Math.Clamp(s, 0, 1) * PercentScale) : null,
        PosterUrl = MovieLinks.PosterUrl(movie.PosterPath),
        Initials = PosterPlaceholder.Initials(movie.Title),
        HueClass = PosterPlaceholder.HueClass(movie.Id),
        ImdbUrl = MovieLinks.ImdbUrl(movie.ImdbId),
        WebSearchUrl = MovieLinks.WebSearchUrl(movie.Title, movie.Year),
        Chips = [.. (explanation ?? []).Where(e => e.Weight > 0).OrderByDescending(e => e.Weight).Take(MaxChips)
            .Select(e => new ExplanationChipViewModel(ExplanationLabels.ResourceKey(e.Kind), e.Value))],
    };

    public static MovieCardViewModel Card(Recommendation recommendation) =>
        Card(recommendation.Movie, recommendation.Similarity, recommendation.Explanation);

    public static IReadOnlyList<MovieCardViewModel> Cards(IEnumerable<Movie> movies) => [.. movies.Select(m => Card(m))];

    public static SuggestionViewModel Suggestion(TitleSuggestion suggestion, string url) =>
        new(suggestion.Movie.Id, suggestion.Movie.Title, suggestion.Movie.Year, url);

    public static FilterFormViewModel Filters(MovieFilterQuery query, bool showCompanyFilter)
    {
        var selected = query.GenreList;
        return new FilterFormViewModel
        {
            MinYear = query.MinYear,
            MaxYear = query.MaxYear,
            Genres = [.. KnownGenres.All.Union(selected, StringComparer.OrdinalIgnoreCase)
                .Select(g => new GenreOptionViewModel(g, selected.Contains(g, StringComparer.OrdinalIgnoreCase)))],
            MatchAllGenres = string.Equals(query.GenreMode, "all", StringComparison.OrdinalIgnoreCase),
            MinRating = query.MinRating is { } r && double.IsFinite(r) ? r : null,
            MinVotes = query.MinVotes,
            MinRuntime = query.MinRuntime,
            MaxRuntime = query.MaxRuntime,
            Language = query.Language,
            Country = query.Country,
            ExcludeSameCompany = query.ExcludeSameCompany == true,
            ShowCompanyFilter = showCompanyFilter,
            HasFilters = query.HasFilters,
            PageSize = query.Count,
        };
    }

    public static MovieDetailsViewModel Details(Movie movie, IReadOnlyList<Recommendation> similar, IReadOnlyList<Movie> moreByDirector) => new()
    {
        Card = Card(movie),
        OriginalTitle = OriginalTitleIfDifferent(movie),
        ReleaseDate = movie.ReleaseDate,
        RuntimeMinutes = movie.RuntimeMinutes,
        Language = movie.OriginalLanguage,
        Countries = movie.Countries,
        Overview = movie.Overview,
        Tagline = movie.Tagline,
        Directors = [.. movie.Directors.Select(d => new PersonLinkViewModel(d, "director"))],
        Cast = [.. movie.Cast.Select(c => new PersonLinkViewModel(c, "cast"))],
        Keywords = movie.Keywords,
        Companies = movie.Companies,
        Similar = [.. similar.Select(Card)],
        DirectorName = movie.Directors.Count > 0 ? movie.Directors[0] : null,
        MoreByDirector = [.. moreByDirector.Where(m => m.Id != movie.Id).Select(m => Card(m))],
    };

    private static string? OriginalTitleIfDifferent(Movie movie) =>
        string.IsNullOrWhiteSpace(movie.OriginalTitle) || string.Equals(movie.OriginalTitle, movie.Title, StringComparison.Ordinal) ? null : movie.OriginalTitle;
}
