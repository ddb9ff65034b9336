using System.Diagnostics;
using Microsoft.Extensions.Options;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Training;
using MovieRecommender.Web.Settings;
using MovieRecommender.Web.WhereToWatch;

namespace MovieRecommender.Web.Services;

/// <summary>
/// Loads the model in the background so the app serves (a loading page) at once. When the model folder is empty it
/// trains the demo catalog if <see cref="ModelSettings.TrainDemoWhenEmpty"/> allows, and otherwise reports the app
/// unhealthy. Retries failures with capped exponential back-off and reloads on request. A reload that fails leaves
/// the previous model serving. With several replicas (<see cref="IModelSwitchBarrier"/>) a new model is served only
/// once the other live replicas have loaded and verified it too, so they switch together.
/// </summary>
public sealed partial class ModelLoaderService(
    IModelReader modelReader,
    ITrainingPipeline trainingPipeline,
    IRecommenderService recommender,
    ModelLoadState state,
    ModelReloadTrigger reloadTrigger,
    ModelPaths paths,
    IOptions<ModelSettings> settings,
    TimeProvider timeProvider,
    ILogger<ModelLoaderService> logger,
    WatchProvidersState? watchProviders = null,
    IModelSwitchBarrier? switchBarrier = null) : BackgroundService
{
    /// <summary>Share of the progress bar given to training when the demo model has to be built first.</summary>
    private const double TrainingShare = 0.7;
    private const int TrainingStageCount = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before doing heavy work.
        await Task.Yield();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var loaded = await TryLoadAsync(stoppingToken).ConfigureAwait(false);
            TimeSpan? wait = null;
            if (!loaded && !recommender.IsReady)
            {
                wait = RetryDelay(failures++);
                LogRetrying(wait.Value.TotalSeconds, failures);
            }
            else
            {
                failures = 0;
            }

            var reason = await reloadTrigger.WaitAsync(wait, stoppingToken).ConfigureAwait(false);
            if (reason is not null)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(settings.Value.ReloadDebounceMilliseconds), timeProvider, stoppingToken)
                    .ConfigureAwait(false);
                reloadTrigger.Drain();
                LogReloadRequested(reason);
            }
        }
    }

    internal TimeSpan RetryDelay(int previousFailures)
    {
        var seconds = settings.Value.InitialRetryDelaySeconds * Math.Pow(2, Math.Min(previousFailures, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, settings.Value.MaxRetryDelaySeconds));
    }

    /// <summary>One attempt to (train and) load and serve a model. Never throws except on shutdown.</summary>
    internal async Task<bool> TryLoadAsync(CancellationToken cancellationToken)
    {
        var directory = paths.ModelDirectory;
        try
        {
            var loadShare = 1.0;
            if (!modelReader.ModelExists(directory))
            {
                if (recommender.IsReady)
                {
                    throw new ModelLoadException(paths.ManifestFileName, $"no model in {directory}; keeping the served one");
                }

                if (!settings.Value.TrainDemoWhenEmpty)
                {
                    throw new ModelLoadException(paths.ManifestFileName,
                        $"no model in {directory} (Model:Directory). Train one into it (see the README), or set " +
                        "Model:TrainDemoWhenEmpty=true to serve the small demo catalog");
                }

                await TrainDemoModelAsync(directory, cancellationToken).ConfigureAwait(false);
                loadShare = 1 - TrainingShare;

                // Our own publish fired the manifest watcher; the load below already picks that model up.
                await Task.Delay(TimeSpan.FromMilliseconds(settings.Value.ReloadDebounceMilliseconds), timeProvider, cancellationToken)
                    .ConfigureAwait(false);
                reloadTrigger.Drain();
            }

            var start = loadShare < 1 ? TrainingShare : 0;
            state.ReportProgress(start, "Loading model");
            var stopwatch = Stopwatch.StartNew();
            var model = await modelReader.ReadAsync(
                directory,
                new SyncProgress<double>(f => state.ReportProgress(start + (f * loadShare), "Loading model")),
                cancellationToken).ConfigureAwait(false);
            var loadDuration = stopwatch.Elapsed;
            if (switchBarrier is not null && recommender.CurrentModel is { } served && served.ModelVersion != model.Manifest.ModelVersion)
            {
                state.ReportProgress(1, "Waiting for the other replicas");
                await switchBarrier.WaitForPeersAsync(model.Manifest.ModelVersion, cancellationToken).ConfigureAwait(false);
            }

            recommender.UseModel(model, loadDuration);
            watchProviders?.Use(model.WatchProviders);
            state.MarkReady(model.Manifest.ModelVersion, model.MovieCount, timeProvider.GetUtcNow(), ModelCatalog.Of(model.Manifest));
            LogLoaded(model.Manifest.ModelVersion, model.MovieCount, (long)loadDuration.TotalMilliseconds, directory);
            if (switchBarrier is not null)
            {
                await switchBarrier.AnnounceServedAsync(cancellationToken).ConfigureAwait(false);
            }

            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any failure must be reported and retried, never crash the host.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var reason = PublicReason.WithoutPaths(ex.Message, directory);
            if (recommender.IsReady)
            {
                state.MarkDegraded(reason);
                LogRejected(ex, recommender.CurrentModel?.ModelVersion ?? "unknown", reason);
            }
            else
            {
                state.MarkFailed(reason);
                LogLoadFailed(ex, directory, reason);
            }

            return false;
        }
    }

    private async Task TrainDemoModelAsync(string directory, CancellationToken cancellationToken)
    {
        var catalog = paths.FindDemoCatalog()
            ?? throw new FileNotFoundException($"No model in {directory} and the demo catalog '{settings.Value.DemoCatalog}' was not found (Model:DemoCatalog).");
        LogTraining(catalog, directory);
        state.ReportProgress(0, "Training the demo model");
        var request = new TrainingRequest
        {
            InputPath = catalog,
            CreditsPath = paths.FindDemoCredits(),
            CatalogLabel = ModelCatalog.Demo,
            ProvidersPath = paths.FindDemoProviders(),
            OutputDirectory = directory,
        };
        var progress = new SyncProgress<TrainingProgress>(p =>
        {
            var overall = ((int)p.Stage + Math.Clamp(p.Fraction, 0, 1)) / TrainingStageCount;
            state.ReportProgress(overall * TrainingShare, $"Training the demo model: {p.Stage}");
        });
        await trainingPipeline.TrainAsync(request, progress, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Model {ModelVersion} loaded: {Movies} movies in {ElapsedMs} ms from {Directory}")]
    private partial void LogLoaded(string modelVersion, int movies, long elapsedMs, string directory);

    [LoggerMessage(Level = LogLevel.Error, Message = "Model load from {Directory} failed: {Reason}")]
    private partial void LogLoadFailed(Exception exception, string directory, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "New model rejected, still serving {ServedVersion}: {Reason}")]
    private partial void LogRejected(Exception exception, string servedVersion, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retrying model load in {DelaySeconds} s (attempt {Failures} failed)")]
    private partial void LogRetrying(double delaySeconds, int failures);

    [LoggerMessage(Level = LogLevel.Information, Message = "Model reload requested: {Reason}")]
    private partial void LogReloadRequested(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "No model found; training the demo model from {Catalog} into {Directory}")]
    private partial void LogTraining(string catalog, string directory);
}
