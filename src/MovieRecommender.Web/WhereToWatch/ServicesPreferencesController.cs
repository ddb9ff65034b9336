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
    public IActionResult Edit([FromQuery] string? returnUrl, [FromQuery] bool saved = false) =>
        View("~/Views/Preferences/Services.cshtml", Build(returnUrl, saved));

    [HttpPost(PagePath)]
    public IActionResult Save([FromForm(Name = "services")] int[]? services, [FromForm] string? returnUrl)
    {
        if (!ModelState.IsValid || services is { Length: > CookieWatchServicesStore.MaxServices } || services?.Any(id => id <= 0) == true)
        {
            return BadRequest();
        }

        var known = providers.Current?.Providers;
        saved.Save(HttpContext, [.. (services ?? []).Where(id => known?.ContainsKey(id) == true)]);
        var back = SafeReturnUrl(returnUrl);
        return Redirect(PagePath + "?saved=true" + (back is null ? string.Empty : "&returnUrl=" + Uri.EscapeDataString(back)));
    }

    private ServicesPreferencesViewModel Build(string? returnUrl, bool justSaved)
    {
        var availability = providers.Current;
        var region = regions.Resolve(HttpContext);
        var mine = saved.Read(HttpContext).ToHashSet();
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
