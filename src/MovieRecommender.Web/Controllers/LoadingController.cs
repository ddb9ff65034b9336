using Microsoft.AspNetCore.Mvc;
using MovieRecommender.Web.Apis.Contracts;
using MovieRecommender.Web.Services;
using MovieRecommender.Web.ViewModels;

namespace MovieRecommender.Web.Controllers;

/// <summary>The loading screen on its own URL (pages that need the model show it in place).</summary>
public sealed class LoadingController(ModelLoadState loadState) : Controller
{
    [HttpGet("/loading")]
    public IActionResult Index()
    {
        var s = loadState.Current;
        return View("Loading", new LoadingViewModel(s.Progress, s.Stage, ApiMapper.StateName(s.Status), s.LastError));
    }
}
