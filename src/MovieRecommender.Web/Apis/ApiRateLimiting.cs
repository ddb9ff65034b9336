namespace MovieRecommender.Web.Apis;

/// <summary>Name of the API's rate-limiting policy.</summary>
public static class ApiRateLimiting
{
    public const string PolicyName = "api";
}
