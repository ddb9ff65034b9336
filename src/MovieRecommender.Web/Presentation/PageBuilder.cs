using Microsoft.AspNetCore.Mvc.ModelBinding;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Analytics;
using MovieRecommender.Web.Caching;
using MovieRecommender.Web.Queries;
using MovieRecommender.Web.Services;
using MovieRecommender.Web.ViewModels;

namespace MovieRecommender.Web.Presentation;

/// <summary>Builds the page view models from engine calls, keeping the controllers to one call each.</summary>
public sealed class PageBuilder(IRecommenderService recommender, RecommendationPageCache pages, SearchStatistics statistics, AnalyticsRecorder analytics)
{
    public const int SimilarOnDetails = 12;
    public const int MoreByDirectorCount = 8;
    public const int PersonPageSize = 24;

    public async Task<(HomePageViewModel Model, int StatusCode)> HomeAsync(RecommendationQuery query, ModelStateDictionary modelState, HttpRequest request)
    {
        var baseModel = new HomePageViewModel
        {
            Title = query.Title is { } t && TextRules.IsPlainText(t) && t.Length <= QueryLimits.MaxTitleLength ? t : null,
            Filters = ViewModelMapper.Filters(query, showCompanyFilter: true),
            Diversity = query.Diversity is { } d && double.IsFinite(d) ? Math.Clamp(d, 0, 1) : 0,
            SeedIds = query.SeedIds,
            ListOffset = query.EffectiveOffset,
        };
        if (!modelState.IsValid)
        {
            return (baseModel with { Errors = Errors(modelState) }, StatusCodes.Status400BadRequest);
        }

        if (!query.HasSeed)
        {
            var top = await pages.TopRatedAsync(query.ToFilter(), query.EffectiveOffset, query.Count, request.HttpContext.RequestAborted);
            analytics.ListServed(RecommendationLists.TopRated, RecommendationAlgorithm.Content);
            return (baseModel with
            {
                IsPopular = true,
                Results = ViewModelMapper.Cards(top.Items),
                Total = top.Total,
                Pagination = PaginationBuilder.Build(request, query.CurrentPage, top.Total, query.Count),
            }, StatusCodes.Status200OK);
        }

        var engineRequest = analytics.Settings.ApplyTo(query.ToRequest(), diversityChosen: query.Diversity is not null);
        var result = await pages.RecommendAsync(engineRequest, request.HttpContext.RequestAborted);
        if (engineRequest.Title is { } searched)
        {
            analytics.SearchSubmitted(searched, result.Status == RecommendationStatus.SeedNotFound ? 0 : result.Total);
        }

        if (result.Status == RecommendationStatus.SeedNotFound)
        {
            return (baseModel with { NotFound = true, Suggestions = [.. result.Suggestions.Select(s => ViewModelMapper.Suggestion(s, SuggestionUrl(request, s.Movie.Id)))] }, StatusCodes.Status404NotFound);
        }

        foreach (var seed in result.Seeds)
        {
            statistics.Record(seed.Title);
        }

        var sourceId = result.Seeds.Count == 1 ? result.Seeds[0].Id : (int?)null;
        analytics.ListServed(RecommendationLists.Similar, engineRequest.Algorithm, sourceId);
        return (baseModel with
        {
            Seeds = ViewModelMapper.Cards(result.Seeds),
            Results = [.. result.Items.Select(ViewModelMapper.Card)],
            Total = result.Total,
            IsShort = result.IsShort,
            Pagination = PaginationBuilder.Build(request, query.CurrentPage, result.Total, query.Count),
            CsvUrl = "/api/v1/recommendations.csv" + PaginationBuilder.WithParameter(
                request, "offset", query.EffectiveOffset.ToString(System.Globalization.CultureInfo.InvariantCulture), "page"),
        }, StatusCodes.Status200OK);
    }

    public async Task<(TopRatedPageViewModel Model, int StatusCode)> TopRatedAsync(MovieFilterQuery query, ModelStateDictionary modelState, HttpRequest request)
    {
        var filters = ViewModelMapper.Filters(query, showCompanyFilter: false);
        if (!modelState.IsValid)
        {
            return (new TopRatedPageViewModel { Filters = filters, Errors = Errors(modelState) }, StatusCodes.Status400BadRequest);
        }

        var top = await pages.TopRatedAsync(query.ToFilter(), query.EffectiveOffset, query.Count, request.HttpContext.RequestAborted);
        analytics.ListServed(RecommendationLists.TopRated, RecommendationAlgorithm.Content);
        return (new TopRatedPageViewModel
        {
            Filters = filters,
            ListOffset = query.EffectiveOffset,
            Results = ViewModelMapper.Cards(top.Items),
            Total = top.Total,
            Pagination = PaginationBuilder.Build(request, query.CurrentPage, top.Total, query.Count),
        }, StatusCodes.Status200OK);
    }

    public async Task<MovieDetailsViewModel?> DetailsAsync(int id, CancellationToken cancellationToken)
    {
        var movie = id > 0 ? recommender.GetMovie(id) : null;
        if (movie is null)
        {
            return null;
        }

        var similarRequest = analytics.Settings.ApplyTo(new RecommendationRequest { SeedIds = [id], Count = SimilarOnDetails }, diversityChosen: false);
        var similar = await pages.RecommendAsync(similarRequest, cancellationToken);
        analytics.ListServed(RecommendationLists.Similar, similarRequest.Algorithm, id);
        var director = movie.Directors.Count > 0 ? movie.Directors[0] : null;
        var byDirector = director is null ? [] : recommender.ByPerson(director, PersonRole.Director, 0, MoreByDirectorCount + 1).Items;
        return ViewModelMapper.Details(movie, similar.Items, byDirector);
    }

    public PersonPageViewModel Person(string name, PersonRole role, int page, HttpRequest request)
    {
        var offset = (page - 1) * PersonPageSize;
        var films = recommender.ByPerson(name, role, offset, PersonPageSize);
        return new PersonPageViewModel
        {
            Name = name,
            Role = role == PersonRole.Director ? "director" : "cast",
            Results = ViewModelMapper.Cards(films.Items),
            Total = films.Total,
            Pagination = PaginationBuilder.Build(request, page, films.Total, PersonPageSize),
        };
    }

    /// <summary>Recommendations for the suggested film by id, with the same filters; title and paging are dropped.</summary>
    private static string SuggestionUrl(HttpRequest request, int id) =>
        "/" + PaginationBuilder.WithParameter(request, "id", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "title", "page", "offset");

    private static IReadOnlyList<string> Errors(ModelStateDictionary modelState) =>
        [.. modelState.Values.SelectMany(v => v.Errors).Select(e => string.IsNullOrEmpty(e.ErrorMessage) ? "A parameter is invalid." : e.ErrorMessage).Distinct()];
}
