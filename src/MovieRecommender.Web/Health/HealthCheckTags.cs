namespace MovieRecommender.Web.Health;

/// <summary>Tags that sort the health checks into liveness and readiness.</summary>
public static class HealthCheckTags
{
    /// <summary>The process is up and answering: restart it when this fails.</summary>
    public const string Live = "live";

    /// <summary>The app can serve real answers (model loaded, database reachable): route traffic to it only then.</summary>
    public const string Ready = "ready";
}
