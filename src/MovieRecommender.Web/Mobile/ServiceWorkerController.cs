using Microsoft.AspNetCore.Mvc;

namespace MovieRecommender.Web.Mobile;

/// <summary>Serves the service worker from the site root, so its scope covers every page.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ServiceWorkerController(ServiceWorkerScript script) : Controller
{
    public const string ScriptPath = "/sw.js";

    [HttpGet(ScriptPath)]
    public IActionResult Script()
    {
        // Browsers check for a new worker on navigation; no-cache makes them ask us rather than a cache.
        Response.Headers.CacheControl = "no-cache";
        return Content(script.Text, "text/javascript; charset=utf-8");
    }
}
