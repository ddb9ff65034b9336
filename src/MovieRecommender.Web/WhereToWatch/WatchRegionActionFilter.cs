using Microsoft.AspNetCore.Mvc.Filters;
using MovieRecommender.Web.Queries;

namespace MovieRecommender.Web.WhereToWatch;

/// <summary>
/// Completes the services filter of list pages and the API: <c>myServices=true</c> becomes the visitor's saved
/// services, and a services filter without an explicit <c>region</c> gets the visitor's region. Also remembers a
/// region the visitor picked (<c>?region=GB</c>) in a cookie, like a language choice.
/// </summary>
public sealed class WatchRegionActionFilter(WatchRegionResolver resolver, IWatchServicesStore savedServices) : IAsyncActionFilter
{
    private static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(365);

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        foreach (var argument in context.ActionArguments.Values)
        {
            if (argument is not MovieFilterQuery query)
            {
                continue;
            }

            // "Only films on my services": the visitor's saved list, unless the link names services itself.
            if (query.MyServices == true && query.Services is not { Length: > 0 })
            {
                query.Services = [.. await savedServices.ReadAsync(context.HttpContext, context.HttpContext.RequestAborted).ConfigureAwait(false)];
            }

            if (query.Services is { Length: > 0 } && string.IsNullOrWhiteSpace(query.Region))
            {
                query.Region = resolver.Resolve(context.HttpContext);
            }
        }

        var picked = WatchRegionResolver.Normalize(context.HttpContext.Request.Query[WatchRegionResolver.QueryName].ToString());
        if (picked is not null && picked != WatchRegionResolver.Normalize(context.HttpContext.Request.Cookies[WatchRegionResolver.CookieName]))
        {
            context.HttpContext.Response.Cookies.Append(WatchRegionResolver.CookieName, picked, new CookieOptions
            {
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.HttpContext.Request.IsHttps,
                MaxAge = CookieLifetime,
            });
        }

        await next().ConfigureAwait(false);
    }
}
