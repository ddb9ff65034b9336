using Microsoft.Extensions.Options;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Analytics;

/// <summary>
/// Gives a page visitor a random id cookie on the first page view (never on API calls, static files or when tracking
/// is off) and makes the id available to the rest of this request through <see cref="AnalyticsSubject"/>.
/// </summary>
public sealed class VisitorMiddleware(RequestDelegate next, IOptions<AnalyticsSettings> settings)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (settings.Value.Enabled && HttpMethods.IsGet(context.Request.Method) && IsPage(context.Request.Path)
            && TrackingConsent.IsTrackingAllowed(context.Request) && VisitorCookie.Read(context.Request) is null)
        {
            var id = VisitorCookie.NewId();
            context.Items[AnalyticsSubject.NewVisitorItem] = id;
            VisitorCookie.Write(context.Response, id);
        }

        return next(context);
    }

    /// <summary>HTML pages only: API clients and asset requests never get a cookie.</summary>
    private static bool IsPage(PathString path) =>
        !path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        && !Path.HasExtension(path.Value);
}
