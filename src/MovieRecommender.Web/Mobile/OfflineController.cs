using Microsoft.AspNetCore.Mvc;

namespace MovieRecommender.Web.Mobile;

/// <summary>The page the service worker shows when a navigation fails for lack of a network.</summary>
public sealed class OfflineController : Controller
{
    public const string PagePath = "/offline";

    [HttpGet(PagePath)]
    public IActionResult Index() => View();
}
