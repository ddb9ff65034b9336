using System.Net;
using Microsoft.Extensions.Options;
using MovieRecommender.Web.Apis;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Observability;

/// <summary>
/// Lets only clients in <c>Metrics:AllowedNetworks</c> read <see cref="TelemetryExtensions.MetricsPath"/>:
/// the metrics name routes, model versions and traffic levels, which is no one else's business.
/// </summary>
public sealed class MetricsAccessMiddleware(RequestDelegate next, IOptions<MetricsSettings> settings)
{
    private readonly IReadOnlyList<IPNetwork> _allowed = settings.Value.ParsedNetworks();

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.Equals(TelemetryExtensions.MetricsPath, StringComparison.OrdinalIgnoreCase) || IsAllowed(context.Connection.RemoteIpAddress))
        {
            return next(context);
        }

        return Results.Problem(
            "Metrics are readable only from the networks in Metrics:AllowedNetworks.", context.Request.Path,
            StatusCodes.Status403Forbidden, ProblemTypes.ForbiddenTitle, ProblemTypes.Forbidden).ExecuteAsync(context);
    }

    internal bool IsAllowed(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        var candidate = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return _allowed.Any(n => n.Contains(candidate));
    }
}
