using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Web.Settings;

/// <summary>
/// How the app uses Redis (section "Redis"). Redis itself is switched on by <c>ConnectionStrings:Redis</c>; these
/// settings only matter then.
/// </summary>
public sealed class RedisSettings : IValidatableObject
{
    public const string SectionName = "Redis";
    public const string ConnectionStringName = "Redis";

    /// <summary>Prefix of every key and channel, so several deployments can share one Redis.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Redis:KeyPrefix must not be empty.")]
    [RegularExpression(@"^[A-Za-z0-9_.:\-]{1,64}$", ErrorMessage = "Redis:KeyPrefix must be 1 to 64 letters, digits or _ . : -")]
    public string KeyPrefix { get; set; } = "movierec:";

    /// <summary>
    /// Longest a request waits for Redis before it gives up and falls back (rate limits per replica, cache miss).
    /// Short on purpose: Redis answers in well under a millisecond when healthy.
    /// </summary>
    [Range(50, 30_000, ErrorMessage = "Redis:TimeoutMilliseconds must be between {1} and {2}.")]
    public int TimeoutMilliseconds { get; set; } = 500;

    /// <summary>Copied from <c>ConnectionStrings:Redis</c> at start; empty = no Redis.</summary>
    public string? ConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield break;
        }

        string? error = null;
        try
        {
            if (StackExchange.Redis.ConfigurationOptions.Parse(ConnectionString).EndPoints.Count == 0)
            {
                error = "names no server";
            }
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
        }

        if (error is not null)
        {
            yield return new ValidationResult(
                $"ConnectionStrings:{ConnectionStringName} is not a valid Redis connection string ({error}); e.g. \"localhost:6379\".",
                [nameof(ConnectionString)]);
        }
    }
}
