using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Web.Settings;

/// <summary>Fixed window per client IP for the JSON API (section "RateLimiting").</summary>
public sealed class RateLimitingSettings
{
    public const string SectionName = "RateLimiting";

    [Range(1, 1_000_000, ErrorMessage = "RateLimiting:PermitLimit must be between {1} and {2}.")]
    public int PermitLimit { get; set; } = 60;

    [Range(1, 86_400, ErrorMessage = "RateLimiting:WindowSeconds must be between {1} and {2}.")]
    public int WindowSeconds { get; set; } = 60;
}
