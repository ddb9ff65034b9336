using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Apis.Contracts;

namespace MovieRecommender.Web.Services;

/// <summary>
/// The model's health for /api/health (and any readiness probe): combines the loader's state with what is on disk, so
/// a model folder deleted or emptied while the app runs shows up even though the loaded model keeps serving.
/// </summary>
public sealed class ModelHealth(IRecommenderService recommender, ModelLoadState loadState, IModelReader modelReader, ModelPaths paths)
{
    public const string Healthy = "healthy";
    public const string Loading = "loading";
    public const string Unhealthy = "unhealthy";
    public const string DegradedState = "degraded";

    public const string ModelFolderEmptiedReason =
        "The model folder no longer holds a model. The loaded model keeps serving, but a restart would find none.";

    public ModelHealthReport Evaluate()
    {
        var snapshot = loadState.Current;
        var serving = recommender.IsReady;
        var model = serving ? recommender.CurrentModel : null;
        var status = serving ? Healthy : snapshot.Status == ModelLoadStatus.Failed ? Unhealthy : Loading;
        var state = ApiMapper.StateName(snapshot.Status);
        var reason = snapshot.Status is ModelLoadStatus.Failed or ModelLoadStatus.Degraded ? snapshot.LastError : null;
        if (serving && !modelReader.ModelExists(paths.ModelDirectory))
        {
            state = DegradedState;
            reason = ModelFolderEmptiedReason;
        }

        return new ModelHealthReport(
            serving,
            status,
            state,
            reason,
            serving ? snapshot.Catalog : null,
            model?.ModelVersion ?? snapshot.ModelVersion,
            model?.Movies ?? snapshot.Movies,
            serving ? null : snapshot.Progress);
    }
}
