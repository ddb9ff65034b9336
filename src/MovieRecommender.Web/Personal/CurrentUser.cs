using System.Security.Claims;

namespace MovieRecommender.Web.Personal;

/// <summary>The signed-in user's id from the principal (cookie or bearer token), never from the request.</summary>
public static class CurrentUser
{
    public static string Id(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("An authorized request carries no user id claim.");
    }

    public static string? IdOrNull(ClaimsPrincipal user) =>
        user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
