using Microsoft.AspNetCore.Mvc;
using MovieRecommender.Core.Watch;

namespace MovieRecommender.Web.WhereToWatch;

/// <summary>
/// The film page's "Where to watch" section for the visitor's region. Renders nothing when the model has no
/// providers file; says so plainly when the data has no offer for the film in that region.
/// </summary>
public sealed class WhereToWatchViewComponent(WatchProvidersState providers, WatchRegionResolver regions) : ViewComponent
{
    /// <summary>Labels are SharedResource keys; the view shows them in the request's language.</summary>
    private static readonly (WatchOfferKind Kind, string Label)[] GroupOrder =
    [
        (WatchOfferKind.Stream, "Watch.Stream"), (WatchOfferKind.Free, "Watch.Free"), (WatchOfferKind.Ads, "Watch.Ads"),
        (WatchOfferKind.Rent, "Watch.Rent"), (WatchOfferKind.Buy, "Watch.Buy"),
    ];

    public IViewComponentResult Invoke(int movieId)
    {
        var availability = providers.Current;
        if (availability is null)
        {
            return Content(string.Empty);
        }

        var region = regions.Resolve(HttpContext);
        var options = availability.For(movieId, region);
        var groups = options is null
            ? []
            : GroupOrder
                .Select(g => new WatchOfferGroupViewModel(g.Label, [.. options.Offers
                    .Where(o => o.Kind == g.Kind)
                    .Select(o => availability.Providers[o.ProviderId])
                    .OrderBy(p => p.DisplayPriority)
                    .Select(p => new WatchProviderViewModel(p.Id, p.Name, WatchProviderLinks.LogoUrl(p.LogoPath)))]))
                .Where(g => g.Providers.Count > 0)
                .ToList();
        var choices = availability.RegionsOf(movieId).Append(region).Distinct(StringComparer.Ordinal)
            .Select(code => new RegionChoiceViewModel(code, WatchRegionResolver.DisplayName(code), code == region))
            .OrderBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();
        return View(new WatchOptionsViewModel(movieId, region, WatchRegionResolver.DisplayName(region), options?.Link, groups, choices));
    }
}
