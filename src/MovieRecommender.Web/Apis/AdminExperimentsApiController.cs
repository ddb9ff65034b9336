using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Core.Experiments;
using MovieRecommender.Web.Apis.Contracts;
using MovieRecommender.Web.Experiments;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.RateLimiting;

namespace MovieRecommender.Web.Apis;

/// <summary>A/B experiment results for operators (X-Admin-Key, like the other admin endpoints).</summary>
[ApiController]
[AdminAccess(headerOnly: true)]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(RateLimitPolicyNames.Api)]
public sealed class AdminExperimentsApiController(ExperimentReportService reports) : ControllerBase
{
    /// <summary>Per experiment and variant: exposures, impressions, clicks, CTR with 95% intervals, tests and the SRM check.</summary>
    [HttpGet("/api/v1/admin/experiments")]
    [ProducesResponseType<ExperimentsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    public async Task<ExperimentsResponse> Get(CancellationToken cancellationToken)
    {
        var all = await reports.ReportsAsync(cancellationToken).ConfigureAwait(false);
        return new ExperimentsResponse([.. all.Select(r => ToDto(r, reports.IsRunning(r.Experiment)))]);
    }

    internal static ExperimentReportDto ToDto(ExperimentReport report, bool running) => new(
        report.Experiment,
        running,
        report.Control,
        Math.Round(report.SampleRatioPValue, 6),
        report.SampleRatioMismatch,
        report.SignificantWinner()?.Variant,
        [.. report.Variants.Select(v => new VariantReportDto(
            v.Variant, v.IsControl, v.Weight, v.Exposures, v.Impressions, v.Clicks,
            Interval(v.ClickThroughRate),
            v.Difference is null ? null : Interval(v.Difference),
            v.PValue is { } p ? Math.Round(p, 6) : null))]);

    private static IntervalDto Interval(ProportionInterval interval) =>
        new(Math.Round(interval.Estimate, 6), Math.Round(interval.Lower, 6), Math.Round(interval.Upper, 6));
}
