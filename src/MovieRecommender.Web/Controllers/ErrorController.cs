using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using MovieRecommender.Web.Apis;
using MovieRecommender.Web.Apis.Contracts;
using Microsoft.Extensions.Localization;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.Localization;
using MovieRecommender.Web.ViewModels;

namespace MovieRecommender.Web.Controllers;

/// <summary>
/// Target of the exception handler and of status-code re-execution: HTML pages for the UI, RFC 7807 for /api.
/// Requested directly (no failure being handled) both answer 404: they are not pages, and a 5xx would page someone.
/// Nothing here reads the request body: a re-executed request still carries the original, possibly unreadable, form.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("/error")]
    public IActionResult Error()
    {
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (feature is null)
        {
            return Render(StatusCodes.Status404NotFound, HttpContext.Request.Path);
        }

        var status = ExceptionStatus.For(feature.Error);
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = ProblemTypes.LoadingRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Render(status, feature.Path);
    }

    /// <remarks>
    /// The status comes from the re-execution, not from a bound parameter: with an unreadable form body MVC cannot
    /// create its value providers and binds no parameter at all, which once turned every such 400 into a 404.
    /// </remarks>
    [Route("/status/{code:int}")]
    public IActionResult Status()
    {
        var feature = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        if (feature is null)
        {
            return Render(StatusCodes.Status404NotFound, HttpContext.Request.Path);
        }

        var status = feature.OriginalStatusCode is >= 400 and <= 599 ? feature.OriginalStatusCode : StatusCodes.Status404NotFound;
        return Render(status, feature.OriginalPath);
    }

    private IActionResult Render(int status, string? originalPath)
    {
        var reason = ReasonPhrases.GetReasonPhrase(status);
        if (originalPath is not null && originalPath.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            var type = status == StatusCodes.Status404NotFound ? ProblemTypes.NotFound : status >= 500 ? ProblemTypes.ServerError : ProblemTypes.InvalidParameters;
            var detail = status == StatusCodes.Status404NotFound ? ProblemResults.Text(HttpContext, "Problem.NoSuchEndpoint") : reason;
            return ProblemResults.Create(HttpContext, status, type, reason, detail);
        }

        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            // The model went away between the readiness check and the query: show the self-refreshing loading screen.
            var loading = HttpContext.RequestServices.GetRequiredService<Services.ModelLoadState>().Current;
            Response.StatusCode = status;
            return View(RequiresModelFilter.LoadingViewName, new LoadingViewModel(loading.Progress, loading.Stage, ApiMapper.StateName(loading.Status), loading.LastError));
        }

        var text = HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var page = status switch
        {
            StatusCodes.Status404NotFound => "Error.NotFound",
            StatusCodes.Status400BadRequest => "Error.BadRequest",
            StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => "Error.NotAllowed",
            StatusCodes.Status429TooManyRequests => "Error.TooMany",
            >= 500 => "Error.Server",
            _ => null,
        };
        var heading = page is null ? reason : text[page + ".Heading"].Value;
        var message = text[(page ?? "Error.Other") + ".Message"].Value;
        Response.StatusCode = status;
        return View("Error", new ErrorPageViewModel(status, heading, message, HttpContext.TraceIdentifier));
    }
}
