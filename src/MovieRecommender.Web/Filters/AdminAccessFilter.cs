using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using MovieRecommender.Web.Security;

namespace MovieRecommender.Web.Filters;

/// <summary>
/// Admin gate: when admin is disabled the pages do not exist (404). Otherwise a valid X-Admin-Key header or
/// the admin cookie is required; browsers are sent to the login form, other clients get 401. With
/// headerOnly only the header counts: the admin API skips antiforgery, so it must not accept
/// a cookie a browser would send on its own.
/// </summary>
public sealed class AdminAccessFilter(AdminKeyValidator validator, bool headerOnly) : IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (!validator.IsEnabled)
        {
            context.Result = new NotFoundResult();
            return;
        }

        if (context.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        var http = context.HttpContext;
        if (http.Request.Headers.TryGetValue(AdminKeyValidator.HeaderName, out var key))
        {
            context.Result = validator.IsValid(key.ToString()) ? null : new UnauthorizedResult();
            return;
        }

        if (headerOnly)
        {
            context.Result = new UnauthorizedResult();
            return;
        }

        var auth = await http.AuthenticateAsync(AdminAuthentication.Scheme).ConfigureAwait(false);
        if (auth.Succeeded)
        {
            http.User = auth.Principal;
            return;
        }

        // Pages send a signed-out browser to the sign-in page; API routes (an EventSource, a fetch) answer 401.
        context.Result = HttpMethods.IsGet(http.Request.Method) && !http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            ? new RedirectResult($"{AdminAuthentication.LoginPath}?returnUrl={Uri.EscapeDataString(http.Request.Path + http.Request.QueryString)}")
            : new UnauthorizedResult();
    }
}
