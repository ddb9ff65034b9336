using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Hybrid;
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
    private readonly IRatingsReader _ratingsReader;

    public TrainingPipeline(
        ICatalogReader catalogReader,
        IModelWriter modelWriter,
        IOptions<TrainingOptions>? options = null,
        ILogger<TrainingPipeline>? logger = null,
        IRatingsReader? ratingsReader = null)
    {
        _catalogReader = catalogReader ?? throw new ArgumentNullException(nameof(catalogReader));
        _modelWriter = modelWriter ?? throw new ArgumentNullException(nameof(modelWriter));
        _options = options?.Value ?? new TrainingOptions();
        _logger = logger ?? NullLogger<TrainingPipeline>.Instance;
        _ratingsReader = ratingsReader ?? new MovieLensRatingsReader();
    }

    public async Task<TrainingSummary> TrainAsync(
        TrainingRequest request, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireRatingsPair(request);
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

        // The catalog as columns from here on, and the list of film records let go: at a million films the records
        // are gigabytes of small objects that would otherwise stay alive through the whole neighbour search.
        var movies = MovieTable.From(catalog.Movies);
        catalog = catalog with { Movies = movies };
        var built = await Task.Run(() => RecommenderModelBuilder.Build(movies, buildOptions, progress, cancellationToken), cancellationToken);
        durations[TrainingStage.Vectorize] = built.VectorizeDuration;
        durations[TrainingStage.Neighbours] = built.NeighboursDuration;

        stopwatch.Restart();
        var (hybrid, collaborativeSummary, collaborativeParameters) = request.RatingsPath is null
            ? (built.Model, null, [])
            : await TrainCollaborativeAsync(request, built.Model, progress, cancellationToken);
        if (collaborativeSummary is not null)
        {
            durations[TrainingStage.Collaborative] = stopwatch.Elapsed;
        }

        stopwatch.Restart();
        progress?.Report(new TrainingProgress(TrainingStage.Write, 0));
        WatchProvidersReadResult? providers = null;
        if (request.ProvidersPath is { } providersPath)
        {
            providers = await WatchProvidersFileReader.ReadAsync(providersPath, Enumerable.Range(0, built.Model.MovieCount).Select(built.Model.Table.IdAt).ToHashSet(), cancellationToken);
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
        foreach (var (key, value) in collaborativeParameters)
        {
            parameters[key] = value;
        }

        if (providers is not null)
        {
            parameters["input.providers"] = Path.GetFileName(request.ProvidersPath!);
        }

        var model = hybrid.WithManifest(hybrid.Manifest with { Parameters = parameters, DatasetSha256 = catalog.DatasetSha256 })
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
            Collaborative = collaborativeSummary,
            ProviderFilms = providers?.Availability.MovieCount,
        };
    }

    private static void RequireRatingsPair(TrainingRequest request)
    {
        if ((request.RatingsPath is null) != (request.LinksPath is null))
        {
            throw new CatalogFormatException(
                "Ratings and links go together: give both files (MovieLens layout), or neither for a content-only model.");
        }
    }

    private async Task<(Model.RecommenderModel Model, CollaborativeSummary Summary, IReadOnlyList<KeyValuePair<string, string>> Parameters)> TrainCollaborativeAsync(
        TrainingRequest request, Model.RecommenderModel content, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        const double CollaborativeShare = 0.4;
        progress?.Report(new TrainingProgress(TrainingStage.Collaborative, 0));
        var indexById = new Dictionary<int, int>(content.MovieCount);
        for (var i = 0; i < content.MovieCount; i++)
        {
            indexById.TryAdd(content.Table.IdAt(i), i);
        }

        var read = await _ratingsReader.ReadAsync(request.RatingsPath!, request.LinksPath!, indexById, cancellationToken);
        TrainingLog.RatingsRead(_logger, read.RowsRead, request.RatingsPath!, read.Ratings.Count, read.RowsOutsideCatalog, read.RowsMalformed, read.Users);
        if (read.Ratings.Count == 0)
        {
            throw new CatalogFormatException(
                $"'{request.RatingsPath}' has no rating of a film in the catalog ({read.RowsRead} rows read, {read.RowsOutsideCatalog} of other films, {read.RowsMalformed} malformed); check that '{request.LinksPath}' maps its film ids to this catalog's TMDB ids.");
        }

        // --threads bounds the collaborative stages as it bounds the content ones.
        var similarity = request.Threads is { } threads ? _options.ItemSimilarity with { MaxDegreeOfParallelism = threads } : _options.ItemSimilarity;
        var als = request.Threads is { } alsThreads ? _options.Als with { MaxDegreeOfParallelism = alsThreads } : _options.Als;
        var rankerOptions = _options.Ranker with { Threads = request.Threads ?? _options.Ranker.Threads ?? als.EffectiveThreads };
        var result = await Task.Run(() =>
        {
            var (matrix, _) = RatingMatrix.FromRatings(read.Ratings, content.MovieCount);
            var collaborative = CollaborativeModel.Train(matrix, similarity, als,
                progress is null ? null : new SynchronousProgress<double>(f => progress.Report(new TrainingProgress(TrainingStage.Collaborative, f * CollaborativeShare))),
                cancellationToken);
            RankerTrainingResult ranker;
            try
            {
                ranker = RankerTrainer.Train(content, read.Ratings, similarity, als, _options.Hybrid, rankerOptions,
                    progress is null ? null : new SynchronousProgress<double>(f => progress.Report(new TrainingProgress(TrainingStage.Collaborative, CollaborativeShare + (f * (1 - CollaborativeShare))))),
                    cancellationToken);
            }
            catch (InvalidOperationException ex)
            {
                throw new CatalogFormatException($"'{request.RatingsPath}': {ex.Message}", ex);
            }

            return (collaborative, ranker);
        }, cancellationToken);

        var parameters = new List<KeyValuePair<string, string>>
        {
            new("ratings.file", Path.GetFileName(request.RatingsPath!)),
            new("ratings.links", Path.GetFileName(request.LinksPath!)),
            new("ratings.sha256", read.DatasetSha256),
            new("ratings.used", read.Ratings.Count.ToString(CultureInfo.InvariantCulture)),
            new("ratings.outsideCatalog", read.RowsOutsideCatalog.ToString(CultureInfo.InvariantCulture)),
            new("ratings.malformed", read.RowsMalformed.ToString(CultureInfo.InvariantCulture)),
            new("ratings.users", read.Users.ToString(CultureInfo.InvariantCulture)),
        };
        parameters.AddRange(_options.ItemSimilarity.ToParameters());
        parameters.AddRange(_options.Als.ToParameters());
        parameters.AddRange(_options.Hybrid.ToParameters());
        parameters.AddRange(_options.Ranker.ToParameters());
        var summary = new CollaborativeSummary
        {
            RatingRowsRead = read.RowsRead,
            RatingsUsed = read.Ratings.Count,
            RatingsOutsideCatalog = read.RowsOutsideCatalog,
            RatingRowsMalformed = read.RowsMalformed,
            FirstMalformedLines = read.FirstMalformedLines,
            Users = read.Users,
            FilmsRated = read.FilmsRated,
            SimilarityEntries = result.collaborative.Similar.Indices.LongLength,
            RankerQueries = result.ranker.Queries,
        };
        progress?.Report(new TrainingProgress(TrainingStage.Collaborative, 1));
        return (content.WithHybrid(result.collaborative, result.ranker.Ranker), summary, parameters);
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
