using System.ComponentModel.DataAnnotations;
using MovieRecommender.Web.RateLimiting;

namespace MovieRecommender.Web.Settings;

/// <summary>
/// Fixed windows per client IP (section "RateLimiting"). <see cref="PermitLimit"/>/<see cref="WindowSeconds"/> are the
/// JSON API's (policy <c>api</c>); <see cref="Policies"/> holds the other named policies.
/// </summary>
public sealed class RateLimitingSettings : IValidatableObject
{
    public const string SectionName = "RateLimiting";

    /// <summary>False turns every policy off (load tests, or behind a gateway that limits already).</summary>
    public bool Enabled { get; set; } = true;

    [Range(RateLimitWindow.MinPermitLimit, RateLimitWindow.MaxPermitLimit, ErrorMessage = "RateLimiting:PermitLimit must be between {1} and {2}.")]
    public int PermitLimit { get; set; } = 60;

    [Range(RateLimitWindow.MinWindowSeconds, RateLimitWindow.MaxWindowSeconds, ErrorMessage = "RateLimiting:WindowSeconds must be between {1} and {2}.")]
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Per-policy overrides keyed by policy name (<see cref="RateLimitPolicyNames"/>, case-insensitive).</summary>
    public Dictionary<string, RateLimitPolicySettings> Policies { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The effective window of a policy: configured values over the policy's defaults.</summary>
    public RateLimitWindow WindowFor(string policyName)
    {
        if (string.Equals(policyName, RateLimitPolicyNames.Api, StringComparison.OrdinalIgnoreCase))
        {
            return new RateLimitWindow(PermitLimit, WindowSeconds);
        }

        var defaults = RateLimitPolicyDefaults.For(policyName);
        var configured = Policies.FirstOrDefault(p => string.Equals(p.Key, policyName, StringComparison.OrdinalIgnoreCase)).Value;
        return new RateLimitWindow(
            configured?.PermitLimit ?? defaults.PermitLimit,
            configured?.WindowSeconds ?? defaults.WindowSeconds);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, policy) in Policies)
        {
            var key = $"{SectionName}:{nameof(Policies)}:{name}";
            if (string.Equals(name, RateLimitPolicyNames.Api, StringComparison.OrdinalIgnoreCase))
            {
                yield return new ValidationResult(
                    $"{key} is not used: the API's limit is {SectionName}:{nameof(PermitLimit)} and {SectionName}:{nameof(WindowSeconds)}.",
                    [nameof(Policies)]);
            }
            else if (!RateLimitPolicyNames.All.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                yield return new ValidationResult(
                    $"{key} is not a rate-limiting policy; known policies: {string.Join(", ", RateLimitPolicyNames.All.Skip(1))}.",
                    [nameof(Policies)]);
            }

            if (policy.PermitLimit is < RateLimitWindow.MinPermitLimit or > RateLimitWindow.MaxPermitLimit)
            {
                yield return new ValidationResult(
                    $"{key}:{nameof(policy.PermitLimit)} must be between {RateLimitWindow.MinPermitLimit} and {RateLimitWindow.MaxPermitLimit}.",
                    [nameof(Policies)]);
            }

            if (policy.WindowSeconds is < RateLimitWindow.MinWindowSeconds or > RateLimitWindow.MaxWindowSeconds)
            {
                yield return new ValidationResult(
                    $"{key}:{nameof(policy.WindowSeconds)} must be between {RateLimitWindow.MinWindowSeconds} and {RateLimitWindow.MaxWindowSeconds}.",
                    [nameof(Policies)]);
            }
        }
    }
}
