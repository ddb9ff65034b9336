using Microsoft.Net.Http.Headers;

namespace MovieRecommender.Web.Localization;

/// <summary>
/// Pages and problem details are written in the language the request asked for (Accept-Language, or the culture
/// cookie), so a shared cache must key them on both. Only those responses: static files and JSON data read the same
/// in every language and stay cacheable for everyone.
/// </summary>
public sealed class LanguageVaryMiddleware(RequestDelegate next)
{
    /// <summary>The request headers a localised response depends on.</summary>
    public static readonly string[] VaryBy = [HeaderNames.AcceptLanguage, HeaderNames.Cookie];

    private static readonly string[] LocalisedMediaTypes = ["text/html", "application/problem+json"];

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(static state =>
        {
            AddVary(((HttpContext)state).Response);
            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    internal static void AddVary(HttpResponse response)
    {
        var contentType = response.ContentType;
        if (contentType is null || !LocalisedMediaTypes.Any(t => contentType.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var present = response.Headers.Vary.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        foreach (var header in VaryBy.Where(h => !present.Contains(h, StringComparer.OrdinalIgnoreCase)))
        {
            response.Headers.Append(HeaderNames.Vary, header);
        }
    }
}
