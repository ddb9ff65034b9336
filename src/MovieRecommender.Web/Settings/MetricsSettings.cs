using System.ComponentModel.DataAnnotations;
using System.Net;

namespace MovieRecommender.Web.Settings;

/// <summary>Who may read GET /metrics (section "Metrics").</summary>
public sealed class MetricsSettings : IValidatableObject
{
    public const string SectionName = "Metrics";

    /// <summary>Used when <see cref="AllowedNetworks"/> is empty.</summary>
    public static IReadOnlyList<string> LoopbackNetworks { get; } = ["127.0.0.0/8", "::1/128"];

    /// <summary>
    /// Networks (CIDR, e.g. 10.0.0.0/8) allowed to scrape; empty means loopback only. A configured list replaces
    /// loopback rather than adding to it (an array default would be appended to by the configuration binder).
    /// </summary>
    public string[] AllowedNetworks { get; set; } = [];

    public IReadOnlyList<IPNetwork> ParsedNetworks() =>
        [.. (AllowedNetworks.Length == 0 ? LoopbackNetworks : AllowedNetworks).Select(n => IPNetwork.Parse(n.Trim()))];

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
