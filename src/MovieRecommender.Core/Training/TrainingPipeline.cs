using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Persistence;

namespace MovieRecommender.Core.Training;

/// <summary>Read catalog → TF-IDF → top-K neighbours → publish model directory, reporting progress per stage.</summary>
public sealed class TrainingPipeline : ITrainingPipeline
{
    private readonly ICatalogReader _catalogReader;
    private readonly IModelWriter _modelWriter;
    private readonly TrainingOptions _options;
    private readonly ILogger<TrainingPipeline> _logger;

    public TrainingPipeline(
        ICatalogReader catalogReader,
        IModelWriter modelWriter,
        IOptions<TrainingOptions>? options = null,
        ILogger<TrainingPipeline>? logger = null)
    {
        _catalogReader = catalogReader ?? throw new ArgumentNullException(nameof(catalogReader));
        _modelWriter = modelWriter ?? throw new ArgumentNullException(nameof(modelWriter));
        _options = options?.Value ?? new TrainingOptions();
        _logger = logger ?? NullLogger<TrainingPipeline>.Instance;
    }

    public async Task<TrainingSummary> TrainAsync(
        TrainingRequest request, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var buildOptions = BuildOptionsFor(request);
        var durations = new Dictionary<TrainingStage, TimeSpan>();
        var filter = TrainingCatalogFilter.For(request);

        var stopwatch = Stopwatch.StartNew();
        var readProgress = progress is null ? null : new SynchronousProgress<double>(f => progress.Report(new TrainingProgress(TrainingStage.Read, f)));
        var catalog = await _catalogReader.ReadAsync(request.InputPath, request.CreditsPath, filter, readProgress, cancellationToken);
        durations[TrainingStage.Read] = stopwatch.Elapsed;
        TrainingLog.CatalogRead(
            _logger, catalog.RowsRead, request.InputPath, catalog.Format, catalog.Movies.Count, catalog.RowsSkipped, catalog.RowsFilteredOut);
        if (catalog.Movies.Count == 0)
        {
            throw new CatalogFormatException(
                $"'{request.InputPath}' has no films left after filtering (min votes {filter.MinVoteCount}, " +
                $"released only {filter.ReleasedOnly}, adult {filter.IncludeAdult}); {catalog.RowsRead} rows read, {catalog.RowsSkipped} skipped.");
        }

        var built = await Task.Run(() => RecommenderModelBuilder.Build(catalog.Movies, buildOptions, progress, cancellationToken), cancellationToken);
        durations[TrainingStage.Vectorize] = built.VectorizeDuration;
        durations[TrainingStage.Neighbours] = built.NeighboursDuration;

        stopwatch.Restart();
        progress?.Report(new TrainingProgress(TrainingStage.Write, 0));
        WatchProvidersReadResult? providers = null;
        if (request.ProvidersPath is { } providersPath)
        {
            providers = await WatchProvidersFileReader.ReadAsync(providersPath, built.Model.Movies.Select(m => m.Id).ToHashSet(), cancellationToken);
            TrainingLog.ProvidersRead(_logger, providers.Records, providersPath, providers.Availability.MovieCount, providers.NotInCatalog);
        }

        var parameters = new Dictionary<string, string>(built.Model.Manifest.Parameters, StringComparer.Ordinal)
        {
            ["input.file"] = Path.GetFileName(request.InputPath),
            ["input.credits"] = request.CreditsPath is null ? string.Empty : Path.GetFileName(request.CreditsPath),
            ["input.format"] = catalog.Format.ToString(),
            [ModelCatalog.ParameterName] = request.CatalogLabel,
            ["filter.quality"] = request.Quality.ToString(),
            ["filter.minVotes"] = filter.MinVoteCount.ToString(CultureInfo.InvariantCulture),
            ["filter.includeAdult"] = filter.IncludeAdult.ToString(),
            ["filter.releasedOnly"] = filter.ReleasedOnly.ToString(),
        };
        if (providers is not null)
        {
            parameters["input.providers"] = Path.GetFileName(request.ProvidersPath!);
        }

        var model = built.Model.WithManifest(built.Model.Manifest with { Parameters = parameters, DatasetSha256 = catalog.DatasetSha256 })
            .WithWatchProviders(providers?.Availability);
        var published = await _modelWriter.PublishAsync(model, request.OutputDirectory, cancellationToken);
        progress?.Report(new TrainingProgress(TrainingStage.Write, 1));
        durations[TrainingStage.Write] = stopwatch.Elapsed;
        TrainingLog.ModelPublished(_logger, published.Manifest.ModelVersion, published.Directory, published.TotalBytes);

        return new TrainingSummary
        {
            ModelDirectory = published.Directory,
            ModelVersion = published.Manifest.ModelVersion,
            RowsRead = catalog.RowsRead,
            RowsSkipped = catalog.RowsSkipped,
            FirstSkippedLines = catalog.FirstSkippedLines,
            RowsFilteredOut = catalog.RowsFilteredOut,
            Movies = model.MovieCount,
            Terms = model.Terms.Length,
            NeighbourEntries = model.NeighbourIndices.LongLength,
            ModelBytes = published.TotalBytes,
            StageDurations = durations,
            ProviderFilms = providers?.Availability.MovieCount,
        };
    }

    private ModelBuildOptions BuildOptionsFor(TrainingRequest request)
    {
        var configured = _options.Build;
        var build = configured with
        {
            Neighbours = configured.Neighbours with
            {
                Neighbours = request.Neighbours,
                MaxDegreeOfParallelism = request.Threads ?? configured.Neighbours.MaxDegreeOfParallelism,
            },
            TfIdf = request.MaxFeatures is { } maxFeatures ? configured.TfIdf with { MaxFeatures = maxFeatures } : configured.TfIdf,
        };
        build.Neighbours.Validate();
        build.TfIdf.Validate();
        return build;
    }
}
