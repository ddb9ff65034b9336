using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Training;
using MovieRecommender.Core.Updating;
using MovieRecommender.Web.Services;

namespace MovieRecommender.Web.CatalogUpdates;

/// <summary>
/// Runs uploaded catalog updates in the background (the trainer's <c>update</c>, on the served model directory),
/// reports progress to <see cref="CatalogUpdateScheduler"/>, asks for a reload once the new version is published, and
/// deletes the uploaded copy whatever happens. Uses one core so serving keeps the other.
/// </summary>
public sealed partial class CatalogUpdateService(
    CatalogUpdateScheduler scheduler, ICatalogUpdater updater, ModelPaths paths, ModelReloadTrigger reloadTrigger, ILogger<CatalogUpdateService> logger)
    : BackgroundService
{
    private const int UpdateThreads = 1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            CatalogUpdateJob job;
            try
            {
                job = await scheduler.DequeueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await RunAsync(job, stoppingToken).ConfigureAwait(false);
            }
            finally
            {
                TryDelete(job.SavedPath);
            }
        }
    }

    private async Task RunAsync(CatalogUpdateJob job, CancellationToken stoppingToken)
    {
        scheduler.Report(s => s with { State = CatalogUpdateState.Running, Stage = TrainingStage.Read.ToString(), Progress = 0 });
        var progress = new SyncProgress<TrainingProgress>(p =>
            scheduler.Report(s => s with { Stage = p.Stage.ToString(), Progress = (int)Math.Round(p.Fraction * 100) }));
        var request = new CatalogUpdateRequest { ModelDirectory = paths.ModelDirectory, InputPath = job.SavedPath, MaxDegreeOfParallelism = UpdateThreads };
        try
        {
            var summary = await updater.UpdateAsync(request, progress, stoppingToken).ConfigureAwait(false);
            scheduler.Report(s => s with { State = CatalogUpdateState.Succeeded, Progress = 100, Summary = summary, FinishedAt = scheduler.Now });
            LogSucceeded(logger, job.FileName, summary.ModelVersion, summary.FilmsAdded, summary.FilmsReplaced);
            reloadTrigger.RequestReload("catalog update");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            Fail(job, "The app stopped before the update finished; the model is unchanged.");
        }
        catch (Exception ex) when (ex is CatalogFormatException or ModelLoadException or ModelUpdateException or IOException or UnauthorizedAccessException)
        {
            // These carry a message for the operator (bad rows, a model trained before updates, a read-only model folder).
            Fail(job, ex.Message);
        }
        catch (Exception ex)
        {
            LogUnexpected(logger, ex, job.FileName);
            Fail(job, "The update failed unexpectedly; the model is unchanged. The app log has the details.");
        }
    }

    private void Fail(CatalogUpdateJob job, string error)
    {
        // Messages name the file they read: show the operator's file name, not the server's temporary path.
        error = error.Replace(job.SavedPath, job.FileName, StringComparison.Ordinal);
        scheduler.Report(s => s with { State = CatalogUpdateState.Failed, Error = error, FinishedAt = scheduler.Now });
        LogFailed(logger, job.FileName, error);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file is harmless; the update's outcome matters more.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog update from {FileName} published model {ModelVersion}: {Added} films added, {Replaced} replaced")]
    private static partial void LogSucceeded(ILogger logger, string fileName, string modelVersion, int added, int replaced);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalog update from {FileName} failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string fileName, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Catalog update from {FileName} failed unexpectedly")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string fileName);
}
