using Microsoft.AspNetCore.Mvc;

namespace MovieRecommender.Web.WhereToWatch;

/// <summary>Lets a visitor pick the streaming services they have, for the "only films on my services" filter.</summary>
public sealed class ServicesPreferencesController(
    WatchProvidersState providers,
    WatchRegionResolver regions,
    IWatchServicesStore saved) : Controller
{
    public const string PagePath = "/preferences/services";

    [HttpGet(PagePath)]
    public async Task<IActionResult> Edit([FromQuery] string? returnUrl, [FromQuery] bool saved = false) =>
        View("~/Views/Preferences/Services.cshtml", await BuildAsync(returnUrl, saved).ConfigureAwait(false));

    [HttpPost(PagePath)]
    public async Task<IActionResult> Save([FromForm(Name = "services")] int[]? services, [FromForm] string? returnUrl)
    {
        if (!ModelState.IsValid || services is { Length: > CookieWatchServicesStore.MaxServices } || services?.Any(id => id <= 0) == true)
        {
            return BadRequest();
        }

        var known = providers.Current?.Providers;
        await saved.SaveAsync(HttpContext, [.. (services ?? []).Where(id => known?.ContainsKey(id) == true)], HttpContext.RequestAborted).ConfigureAwait(false);
        var back = SafeReturnUrl(returnUrl);
        return Redirect(PagePath + "?saved=true" + (back is null ? string.Empty : "&returnUrl=" + Uri.EscapeDataString(back)));
    }

    private async Task<ServicesPreferencesViewModel> BuildAsync(string? returnUrl, bool justSaved)
    {
        var availability = providers.Current;
        var region = regions.Resolve(HttpContext);
        var mine = (await saved.ReadAsync(HttpContext, HttpContext.RequestAborted).ConfigureAwait(false)).ToHashSet();
        var choices = availability is null
            ? []
            : availability.IncludedProvidersIn(region)
                .Select(p => new WatchProviderViewModel(p.Id, p.Name, WatchProviderLinks.LogoUrl(p.LogoPath), mine.Contains(p.Id)))
                .ToList();
        var regionChoices = (availability?.Regions ?? []).Append(region).Distinct(StringComparer.Ordinal)
            .Select(code => new RegionChoiceViewModel(code, WatchRegionResolver.DisplayName(code), code == region))
            .OrderBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();
        return new ServicesPreferencesViewModel(
            availability is not null, region, WatchRegionResolver.DisplayName(region), choices, regionChoices, SafeReturnUrl(returnUrl), justSaved);
    }

    /// <summary>Only a path on this site: never redirect a visitor elsewhere.</summary>
    private string? SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
