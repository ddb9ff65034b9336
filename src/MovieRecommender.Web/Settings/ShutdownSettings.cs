using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Web.Settings;

/// <summary>How the app stops on SIGTERM or Ctrl+C (section "Shutdown").</summary>
public sealed class ShutdownSettings
{
    public const string SectionName = "Shutdown";

    /// <summary>
    /// Longest the app waits for requests in flight to finish after it stops accepting new ones; what is still
    /// running then is cut off. Keep it below the orchestrator's grace period (compose stop_grace_period).
    /// </summary>
    [Range(1, 600, ErrorMessage = "Shutdown:TimeoutSeconds must be between {1} and {2}.")]
    public int TimeoutSeconds { get; set; } = 20;
}
