using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace MovieRecommender.Web.Apis;

/// <summary>Builds RFC 7807 results through the registered factory, so every problem carries the trace id.</summary>
public static class ProblemResults
{
    public const string ProblemContentType = "application/problem+json";

    public static ObjectResult Create(HttpContext context, int status, string type, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        var factory = context.RequestServices.GetRequiredService<ProblemDetailsFactory>();
        var problem = factory.CreateProblemDetails(context, status, title, type, detail, context.Request.Path);
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        var result = new ObjectResult(problem) { StatusCode = status };
        result.ContentTypes.Add(ProblemContentType);
        return result;
    }

    public static ObjectResult ModelLoading(HttpContext context)
    {
        context.Response.Headers.RetryAfter = ProblemTypes.LoadingRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Create(context, StatusCodes.Status503ServiceUnavailable, ProblemTypes.ModelLoading, ProblemTypes.ModelLoadingTitle,
            "The service is starting and the model is not loaded yet. Retry shortly; see /api/v1/model/status for progress.");
    }

    public static ObjectResult NotFound(HttpContext context, string detail, IDictionary<string, object?>? extensions = null) =>
        Create(context, StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found", detail, extensions);
}
