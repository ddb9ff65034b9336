using Microsoft.Extensions.Diagnostics.HealthChecks;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Services;

namespace MovieRecommender.Web.Health;

/// <summary>
/// Ready while a model is served. A rejected reload (the previous model keeps serving) is degraded, not unhealthy:
/// the instance still answers correctly, and the operator sees why in the description.
/// </summary>
public sealed class ModelReadyHealthCheck(IRecommenderService recommender, ModelLoadState loadState) : IHealthCheck
{
    public const string Name = "model";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = loadState.Current;
        if (recommender.CurrentModel is { } model)
        {
            var served = $"model {model.ModelVersion} with {model.Movies} films";
            return Task.FromResult(snapshot.Status == ModelLoadStatus.Degraded
                ? HealthCheckResult.Degraded($"{served}; the last reload failed: {snapshot.LastError}")
                : HealthCheckResult.Healthy(served));
        }

        return Task.FromResult(snapshot.Status == ModelLoadStatus.Failed
            ? HealthCheckResult.Unhealthy($"no model could be loaded: {snapshot.LastError}")
            : HealthCheckResult.Unhealthy($"the model is loading ({snapshot.Progress}%)"));
    }
}
