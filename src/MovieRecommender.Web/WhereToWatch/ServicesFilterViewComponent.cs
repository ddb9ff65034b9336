using Microsoft.AspNetCore.Mvc;

namespace MovieRecommender.Web.WhereToWatch;

/// <summary>"Only films on my services" in the filter panel; nothing when the model has no providers file.</summary>
public sealed class ServicesFilterViewComponent(WatchProvidersState providers, WatchRegionResolver regions, IWatchServicesStore saved) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(bool active)
    {
        var availability = providers.Current;
        if (availability is null)
        {
            return Content(string.Empty);
        }

        var region = regions.Resolve(HttpContext);
        var names = (await saved.ReadAsync(HttpContext, HttpContext.RequestAborted).ConfigureAwait(false))
            .Select(id => availability.Providers.GetValueOrDefault(id)?.Name)
            .OfType<string>()
            .ToList();
        var returnUrl = Request.PathBase + Request.Path + Request.QueryString;
        var chooseUrl = ServicesPreferencesController.PagePath + "?returnUrl=" + Uri.EscapeDataString(returnUrl);
        return View(new ServicesFilterViewModel(WatchRegionResolver.DisplayName(region), names, active, chooseUrl));
    }
}
