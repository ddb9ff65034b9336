using MovieRecommender.Core.Training;
using MovieRecommender.Core.Updating;

namespace MovieRecommender.Web.Tests.CatalogUpdates;

/// <summary>A catalog updater that reports half of its first stage, then waits until the test releases it.</summary>
internal sealed class HeldCatalogUpdater : ICatalogUpdater
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Started => _started.Task;

    public void Release() => _release.TrySetResult();

    public async Task<CatalogUpdateSummary> UpdateAsync(
        CatalogUpdateRequest request, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        progress?.Report(new TrainingProgress(TrainingStage.Vectorize, 0.5));
        _started.TrySetResult();
        await _release.Task.WaitAsync(cancellationToken);
        throw new ModelUpdateException("held update released without a model");
    }
}
