namespace MovieRecommender.Web.RateLimiting;

/// <summary>
/// One policy's fixed window (section <c>RateLimiting:Policies:{name}</c>); an unset value keeps the policy's default.
/// Ranges are checked by <see cref="Settings.RateLimitingSettings"/>, which can name the policy in its message.
/// </summary>
public sealed class RateLimitPolicySettings
{
    public int? PermitLimit { get; set; }

    public int? WindowSeconds { get; set; }
}
