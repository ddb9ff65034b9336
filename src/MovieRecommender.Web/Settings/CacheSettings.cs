using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Web.Settings;

/// <summary>Recommendation cache size (section "Cache"), handed to the engine's options.</summary>
public sealed class CacheSettings
{
    public const string SectionName = "Cache";

    [Range(1, 10_000_000, ErrorMessage = "Cache:SizeLimit must be between {1} and {2}.")]
    public int SizeLimit { get; set; } = 10_000;
}
