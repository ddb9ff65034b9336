using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Apis;
using MovieRecommender.Web.Caching;
using MovieRecommender.Web.CatalogUpdates;
using MovieRecommender.Web.Apis.Contracts;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.RateLimiting;
using MovieRecommender.Web.Security;
using MovieRecommender.Web.Services;
using MovieRecommender.Web.ViewModels;

namespace MovieRecommender.Web.Controllers;

/// <summary>Operator pages: model status, reload, catalog update, cache statistics, most asked-for films.</summary>
[AdminAccess]
[Route("admin")]
public sealed class AdminController(
    IRecommenderService recommender,
    RecommendationPageCache pageCache,
    ModelLoadState loadState,
    ModelReloadTrigger reloadTrigger,
    SearchStatistics statistics,
    AdminKeyValidator keyValidator,
    CatalogUpdateScheduler catalogUpdates) : Controller
{
    private const int TopSearchCount = 20;

    [HttpGet("")]
    public IActionResult Index([FromQuery] bool? reload)
    {
        var s = loadState.Current;
        var cache = recommender.IsReady ? pageCache.Statistics : new CacheStatistics(0, 0, 0);
        return View(new AdminDashboardViewModel
        {
            Status = ApiMapper.StateName(s.Status),
            Progress = s.Progress,
            Stage = s.Stage,
            LastError = s.LastError,
            ModelVersion = s.ModelVersion,
            Movies = s.Movies,
            LoadedAt = s.LoadedAt?.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture),
            CacheHits = cache.Hits,
            CacheMisses = cache.Misses,
            CacheEntries = cache.Entries,
            TopSearches = statistics.Top(TopSearchCount),
            ReloadRequested = reload == true,
            CatalogUpdate = CatalogUpdateView.From(catalogUpdates.Status),
        });
    }

    [HttpPost("reload")]
    public IActionResult Reload()
    {
        reloadTrigger.RequestReload("admin request");
        return Redirect("/admin?reload=true");
    }

    [HttpGet("login")]
    [AllowAnonymous]
    public IActionResult Login([FromQuery] string? returnUrl) => View(new AdminLoginViewModel(SafeReturnUrl(returnUrl), Failed: false));

    [HttpPost("login")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicyNames.Auth)]
    public async Task<IActionResult> Login([FromForm] string? key, [FromForm] string? returnUrl)
    {
        if (!Request.HasFormContentType || !ModelState.IsValid)
        {
            // The body was not a readable form (another media type, malformed, over the form limits).
            return BadRequest();
        }

        if (!keyValidator.IsValid(key))
        {
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return View(new AdminLoginViewModel(SafeReturnUrl(returnUrl), Failed: true));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin")], AdminAuthentication.Scheme);
        await HttpContext.SignInAsync(AdminAuthentication.Scheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        return Redirect(SafeReturnUrl(returnUrl));
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync(AdminAuthentication.Scheme).ConfigureAwait(false);
        return Redirect("/");
    }

    /// <summary>Only local admin paths, so the login form cannot be used as an open redirect.</summary>
    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith("/admin", StringComparison.Ordinal) ? returnUrl : "/admin";
}
