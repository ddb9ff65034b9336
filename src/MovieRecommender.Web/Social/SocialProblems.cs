using MovieRecommender.Web.Apis;

namespace MovieRecommender.Web.Social;

/// <summary>Problem types of the social API (stable, for clients to switch on) and their results.</summary>
public static class SocialProblems
{
    public const string ProfileRequired = "urn:movierecommender:problem:profile-required";
    public const string HandleTaken = "urn:movierecommender:problem:handle-taken";
    public const string Forbidden = "urn:movierecommender:problem:forbidden";
    public const string LimitReached = "urn:movierecommender:problem:limit-reached";

    public static Microsoft.AspNetCore.Mvc.ObjectResult NeedsProfile(HttpContext context) =>
        ProblemResults.Create(context, StatusCodes.Status403Forbidden, ProfileRequired, "Profile required",
            ProblemResults.Text(context, "Problem.NeedsProfile"));

    public static Microsoft.AspNetCore.Mvc.ObjectResult NoSuchPerson(HttpContext context, string handle) =>
        ProblemResults.NotFound(context, ProblemResults.Text(context, "Problem.NoSuchPerson", handle));

    public static Microsoft.AspNetCore.Mvc.ObjectResult Denied(HttpContext context, string detail) =>
        ProblemResults.Create(context, StatusCodes.Status403Forbidden, Forbidden, "Forbidden", detail);

    public static Microsoft.AspNetCore.Mvc.ObjectResult Limit(HttpContext context, string detail) =>
        ProblemResults.Create(context, StatusCodes.Status409Conflict, LimitReached, "Limit reached", detail);
}
