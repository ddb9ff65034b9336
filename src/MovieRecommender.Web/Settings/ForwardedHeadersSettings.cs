using System.ComponentModel.DataAnnotations;
using System.Net;

namespace MovieRecommender.Web.Settings;

/// <summary>
/// Trust <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> (section "ForwardedHeaders") only when the connection comes from
/// one of these proxies, so rate limits and logs see the real client behind a reverse proxy and nobody else can
/// claim another address. Enabled with both lists empty trusts the loopback proxy only (a proxy on the same host).
/// </summary>
public sealed class ForwardedHeadersSettings : IValidatableObject
{
    public const string SectionName = "ForwardedHeaders";

    public bool Enabled { get; set; }

    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c> or <c>::1</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < KnownProxies.Length; i++)
        {
            if (!IPAddress.TryParse(KnownProxies[i], out _))
            {
                yield return new ValidationResult(
                    $"{SectionName}:{nameof(KnownProxies)}:{i} is '{KnownProxies[i]}', which is not an IP address such as 10.0.0.5.",
                    [nameof(KnownProxies)]);
            }
        }

        for (var i = 0; i < KnownNetworks.Length; i++)
        {
            if (!IPNetwork.TryParse(KnownNetworks[i], out _))
            {
                yield return new ValidationResult(
                    $"{SectionName}:{nameof(KnownNetworks)}:{i} is '{KnownNetworks[i]}', which is not a network in CIDR notation such as 10.0.0.0/8.",
                    [nameof(KnownNetworks)]);
            }
        }
    }
}
