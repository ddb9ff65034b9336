using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.Filters;
using MovieRecommender.Web.Apis;

namespace MovieRecommender.Web.Personal;

/// <summary>
/// CSRF protection for the personal API. A request that authenticates with the sign-in cookie (a browser, which
/// another site could make send it) must carry the antiforgery token in the X-CSRF-TOKEN header on writes; the
/// site's own scripts send it. A request with a bearer token is exempt: no browser attaches that on its own.
/// </summary>
public sealed class CookieAntiforgeryFilter(IAntiforgery antiforgery) : IAsyncAuthorizationFilter
{
    public const string CsrfTokenInvalid = "urn:movierecommender:problem:csrf-token";

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var method = http.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)
            || Accounts.AccountsServicesExtensions.IsBearer(http.Request))
        {
            return;
        }

        if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            context.Result = ProblemResults.Create(http, StatusCodes.Status400BadRequest, CsrfTokenInvalid, "Antiforgery token missing or invalid",
                ProblemResults.Text(http, "Problem.CsrfInvalid"));
        }
    }
}
