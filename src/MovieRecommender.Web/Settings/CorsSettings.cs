using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Web.Settings;

/// <summary>Explicit CORS allow-list (section "Cors"); empty means no cross-origin access at all.</summary>
public sealed class CorsSettings : IValidatableObject
{
    public const string SectionName = "Cors";

    public string[] AllowedOrigins { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var origin in AllowedOrigins)
        {
            var valid = Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                && uri.AbsolutePath == "/" && string.IsNullOrEmpty(uri.Query);
            if (!valid)
            {
                yield return new ValidationResult(
                    $"Cors:AllowedOrigins contains '{origin}', which is not an http(s) origin such as https://example.org.",
                    [nameof(AllowedOrigins)]);
            }
        }
    }
}
