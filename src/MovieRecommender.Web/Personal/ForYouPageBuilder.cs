using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using MovieRecommender.Core.Personalization;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Analytics;
using MovieRecommender.Web.Localization;
using MovieRecommender.Web.Presentation;
using MovieRecommender.Web.ViewModels;

namespace MovieRecommender.Web.Personal;

/// <summary>Builds /for-you: the personal list, or top-rated films to rate when the profile says nothing yet.</summary>
public sealed class ForYouPageBuilder(ProfileLoader profiles, IPersonalRecommender personal, PersonalRecommendationMapper mapper, IRecommenderService recommender,
    AnalyticsRecorder analytics, IStringLocalizer<SharedResource> text)
{
    public const int StartFilmCount = 12;

    public async Task<(ForYouPageViewModel Model, int StatusCode)> BuildAsync(string userId, PersonalRecommendationQuery query,
        ModelStateDictionary modelState, HttpRequest request, CancellationToken cancellationToken)
    {
        var page = new ForYouPageViewModel
        {
            Filters = ViewModelMapper.Filters(query, showCompanyFilter: false),
            Diversity = query.EffectiveDiversity,
            HideSeen = query.HideSeen ?? true,
            ListOffset = query.EffectiveOffset,
        };
        if (!modelState.IsValid)
        {
            return (page with { Errors = [.. modelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct()] }, StatusCodes.Status400BadRequest);
        }

        var profile = await profiles.LoadAsync(userId, cancellationToken).ConfigureAwait(false);
        var personalRequest = analytics.Settings.ApplyTo(query.ToRequest(), diversityChosen: query.Diversity is not null);
        var result = personal.Recommend(profile, personalRequest);
        if (!result.HasSignal)
        {
            var start = recommender.TopRated(MovieFilter.None, 0, StartFilmCount + profile.AllFilms().Count);
            analytics.ListServed(RecommendationLists.TopRated, RecommendationAlgorithm.Content);
            var seen = profile.AllFilms();
            return (page with { StartFilms = ViewModelMapper.Cards(start.Items.Where(m => !seen.Contains(m.Id)).Take(StartFilmCount)) }, StatusCodes.Status200OK);
        }

        analytics.ListServed(RecommendationLists.ForYou, personalRequest.Algorithm);
        var cards = result.Result.Items.Select(item => ViewModelMapper.Card(item) with
        {
            Because = [.. mapper.Because(item, result.Seeds).Select(b => BecauseText.For(text, b))],
        }).ToList();
        return (page with
        {
            HasSignal = true,
            Results = cards,
            Total = result.Result.Total,
            ProfileFilms = profile.AllFilms().Count,
            Pagination = PaginationBuilder.Build(request, query.CurrentPage, result.Result.Total, query.Count),
        }, StatusCodes.Status200OK);
    }
}
