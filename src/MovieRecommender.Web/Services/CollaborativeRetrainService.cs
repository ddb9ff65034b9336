using Microsoft.Extensions.Options;
using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Training;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Services;

/// <summary>
/// Retrains the collaborative part from the app's ratings in the background (see <see cref="CollaborativeRetrainSettings"/>)
/// and publishes it atomically into the served model folder, whose watcher then loads it like any new model. Requests
/// never wait for it; a failed retrain is logged and the served model stays as it is.
/// </summary>
public sealed partial class CollaborativeRetrainService(
    RecommenderService recommender,
    CollaborativeRetrainer retrainer,
    ModelPaths paths,
    IOptions<CollaborativeRetrainSettings> settings,
    TimeProvider timeProvider,
    ILogger<CollaborativeRetrainService> logger,
    IAppRatingsSource? source = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Enabled)
        {
            return;
        }

        if (source is null)
        {
            LogNoSource();
            return;
        }

        var check = TimeSpan.FromSeconds(settings.Value.CheckIntervalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(check, timeProvider, stoppingToken).ConfigureAwait(false);
            try
            {
                await RetrainIfDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is CatalogFormatException or IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                LogRetrainFailed(ex, ex.Message);
            }
        }
    }

    /// <summary>One check: retrains and publishes when enough new ratings arrived or the interval passed with any.</summary>
    /// <returns>The published model version, or null when nothing was due.</returns>
    internal async Task<string?> RetrainIfDueAsync(CancellationToken cancellationToken)
    {
        var options = settings.Value;
        var current = recommender.ServedModel;
        if (current is null || source is null)
        {
            return null;
        }

        // What the served model was trained with is in its manifest, so a restart neither retrains needlessly nor forgets.
        long count = await source.CountAsync(cancellationToken).ConfigureAwait(false);
        long fresh = count - CollaborativeRetrainer.AppRatingsSeenBy(current);
        bool intervalPassed = timeProvider.GetUtcNow() - current.Manifest.CreatedAt >= TimeSpan.FromHours(options.IntervalHours);
        bool hasBase = !string.IsNullOrWhiteSpace(options.RatingsPath) && !string.IsNullOrWhiteSpace(options.LinksPath);
        if ((fresh < options.MinNewRatings && !(intervalPassed && fresh > 0)) || (count < options.MinRatings && !hasBase))
        {
            return null;
        }

        var ratings = new List<AppRating>();
        await foreach (var rating in source.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            ratings.Add(rating);
        }

        LogRetraining(ratings.Count, fresh);
        var result = await retrainer.RetrainAsync(new CollaborativeRetrainRequest
        {
            Current = current,
            AppRatings = ratings,
            RatingsPath = hasBase ? options.RatingsPath : null,
            LinksPath = hasBase ? options.LinksPath : null,
            OutputDirectory = paths.ModelDirectory,
        }, cancellationToken).ConfigureAwait(false);
        return result.ModelVersion;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "CollaborativeRetrain is enabled but the app stores no ratings (no accounts data layer): nothing to retrain from")]
    private partial void LogNoSource();

    [LoggerMessage(Level = LogLevel.Information, Message = "Retraining the collaborative part from {Ratings} app ratings ({Fresh} new since the last run)")]
    private partial void LogRetraining(int ratings, long fresh);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retraining the collaborative part failed; the served model is unchanged: {Reason}")]
    private partial void LogRetrainFailed(Exception exception, string reason);
}
