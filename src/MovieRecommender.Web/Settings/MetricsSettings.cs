using System.ComponentModel.DataAnnotations;
using System.Net;

namespace MovieRecommender.Web.Settings;

/// <summary>Who may read GET /metrics (section "Metrics").</summary>
public sealed class MetricsSettings : IValidatableObject
{
    public const string SectionName = "Metrics";

    /// <summary>Networks (CIDR, e.g. 10.0.0.0/8) allowed to scrape; loopback only by default.</summary>
    public string[] AllowedNetworks { get; set; } = ["127.0.0.0/8", "::1/128"];

    public IReadOnlyList<IPNetwork> ParsedNetworks() =>
        [.. AllowedNetworks.Select(n => IPNetwork.Parse(n.Trim()))];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var network in AllowedNetworks)
        {
            if (string.IsNullOrWhiteSpace(network) || !IPNetwork.TryParse(network.Trim(), out _))
            {
                yield return new ValidationResult(
                    $"Metrics:AllowedNetworks: '{network}' is not a network in CIDR notation (e.g. 10.0.0.0/8 or ::1/128).",
                    [nameof(AllowedNetworks)]);
            }
        }
    }
}
