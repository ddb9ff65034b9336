using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Web.Sharing;

/// <summary>Share images (section <c>Sharing</c>).</summary>
public sealed class SharingSettings
{
    public const string SectionName = "Sharing";

    /// <summary>Fetch TMDB posters for share images; off (or offline) they show the generated placeholders.</summary>
    public bool FetchPosters { get; set; } = true;

    /// <summary>How long one poster fetch may take before the placeholder is used instead.</summary>
    [Range(100, 30_000, ErrorMessage = "Sharing:PosterTimeoutMilliseconds must be between {1} and {2}.")]
    public int PosterTimeoutMilliseconds { get; set; } = 3_000;

    /// <summary>Memory for rendered share images (PNG bytes) kept per node.</summary>
    [Range(1, 4_096, ErrorMessage = "Sharing:ImageCacheMegabytes must be between {1} and {2}.")]
    public int ImageCacheMegabytes { get; set; } = 32;

    /// <summary>Cache-Control max-age of a share image; a new model version changes its ETag.</summary>
    [Range(0, 31_536_000, ErrorMessage = "Sharing:ImageMaxAgeSeconds must be between {1} and {2}.")]
    public int ImageMaxAgeSeconds { get; set; } = 86_400;
}
