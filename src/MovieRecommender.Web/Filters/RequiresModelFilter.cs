using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Apis;
using MovieRecommender.Web.Services;
using MovieRecommender.Web.ViewModels;

namespace MovieRecommender.Web.Filters;

/// <summary>
/// Short-circuits actions that need the model while it is loading: APIs get 503 ProblemDetails with Retry-After,
/// pages get the loading screen (which polls and reloads itself when the model is ready).
/// </summary>
public sealed class RequiresModelFilter(IRecommenderService recommender, ModelLoadState loadState, IModelMetadataProvider metadata) : IActionFilter
{
    public const string LoadingViewName = "Loading";

    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (recommender.IsReady)
        {
            return;
        }

        var http = context.HttpContext;
        if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Result = ProblemResults.ModelLoading(http);
            return;
        }

        var s = loadState.Current;
        http.Response.Headers.RetryAfter = ProblemTypes.LoadingRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Result = new ViewResult
        {
            ViewName = LoadingViewName,
            StatusCode = StatusCodes.Status503ServiceUnavailable,
            ViewData = new ViewDataDictionary(metadata, context.ModelState)
            {
                Model = new LoadingViewModel(s.Progress, s.Stage, Apis.Contracts.ApiMapper.StateName(s.Status), s.LastError),
            },
        };
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
