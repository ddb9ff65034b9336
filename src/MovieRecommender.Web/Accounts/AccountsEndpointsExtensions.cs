using Microsoft.AspNetCore.Identity;
using MovieRecommender.Data.Identity;
using MovieRecommender.Web.Extensions;
using MovieRecommender.Web.RateLimiting;

namespace MovieRecommender.Web.Accounts;

public static class AccountsEndpointsExtensions
{
    public const string AuthApiPrefix = "/api/v1/auth";

    /// <summary>
    /// ASP.NET Core Identity's API endpoints under <c>/api/v1/auth</c> (register, login with cookie or bearer token,
    /// refresh, manage/info, …) plus <c>POST /api/v1/auth/logout</c>.
    /// </summary>
    public static WebApplication MapAccounts(this WebApplication app)
    {
        var auth = app.MapGroup(AuthApiPrefix).WithTags("Accounts").AnswerHeadLikeGet();
        // Credential guessing is the threat: every auth endpoint shares the tight "auth" window per client address.
        auth.RequireRateLimiting(RateLimitPolicyNames.Auth);
        auth.MapIdentityApi<AppUser>();
        auth.MapPost("/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync().ConfigureAwait(false);
            return Results.NoContent();
        }).WithSummary("Signs out: removes the sign-in cookie. Bearer tokens simply stop being sent (they expire on their own).");
        return app;
    }
}
