using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.Localization;
using MovieRecommender.Web.Localization;

namespace MovieRecommender.Web.Apis;

/// <summary>
/// Builds RFC 7807 results through the registered factory, so every problem carries the trace id. The <c>type</c> and
/// <c>title</c> are stable English for clients to switch on; the <c>detail</c> is for people, in the request's language.
/// </summary>
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
            Text(context, "Problem.ModelLoading"));
    }

    /// <summary>A problem detail (or other API message) from SharedResource, in the request's language.</summary>
    public static string Text(HttpContext context, string key, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()[key, arguments].Value;
    }

    /// <summary>"No film with id 42 in the catalog." (404).</summary>
    public static ObjectResult NoSuchFilm(HttpContext context, int id) => NotFound(context, Text(context, "Problem.NoSuchFilm", id));

    public static ObjectResult NotFound(HttpContext context, string detail, IDictionary<string, object?>? extensions = null) =>
        Create(context, StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found", detail, extensions);
}
