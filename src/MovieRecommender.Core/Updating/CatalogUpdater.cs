using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Updating;

/// <summary>
/// Read model and catalog → place the films in the model's TF-IDF space → update only the neighbour lists they
/// change → publish a new version, reporting progress per stage. New films go at the end, so every existing film
/// keeps its position and whatever else the model folder holds about it (watch providers) stays valid. A hybrid
/// model's collaborative part follows each film's TMDB id to the new layout (new films start cold) and its ranker is
/// published unchanged (<see cref="CollaborativeCarryOver"/>).
/// </summary>
public sealed class CatalogUpdater : ICatalogUpdater
{
    private readonly ICatalogReader _catalogReader;
    private readonly IModelReader _modelReader;
    private readonly IModelWriter _modelWriter;
    private readonly TrainingOptions _options;
    private readonly ILogger<CatalogUpdater> _logger;

    public CatalogUpdater(
        ICatalogReader catalogReader,
        IModelReader modelReader,
        IModelWriter modelWriter,
        IOptions<TrainingOptions>? options = null,
        ILogger<CatalogUpdater>? logger = null)
    {
        _catalogReader = catalogReader ?? throw new ArgumentNullException(nameof(catalogReader));
        _modelReader = modelReader ?? throw new ArgumentNullException(nameof(modelReader));
        _modelWriter = modelWriter ?? throw new ArgumentNullException(nameof(modelWriter));
        _options = options?.Value ?? new TrainingOptions();
        _logger = logger ?? NullLogger<CatalogUpdater>.Instance;
    }

    public async Task<CatalogUpdateSummary> UpdateAsync(
        CatalogUpdateRequest request, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var durations = new Dictionary<TrainingStage, TimeSpan>();
        var clock = Stopwatch.StartNew();
        progress?.Report(new TrainingProgress(TrainingStage.Read, 0));
        if (!_modelReader.ModelExists(request.ModelDirectory))
        {
            throw new ModelUpdateException($"'{request.ModelDirectory}' holds no model (no manifest.json): train one first.");
        }

        var model = await _modelReader.ReadAsync(request.ModelDirectory, null, cancellationToken).ConfigureAwait(false);
        if (!VectorSpaceFiles.IsPresent(model.Manifest))
        {
            throw new ModelUpdateException(
                $"Model {model.Manifest.ModelVersion} in '{request.ModelDirectory}' has no {ModelFormat.TermStatisticsFile} and {ModelFormat.VectorsFile}: " +
                "it was trained before updates were possible. Train it once more; later catalogs can then be added with update.");
        }

        ModelCompatibility.RequireOnlyKnownFiles(model.Manifest);
        var space = await Task.Run(() => VectorSpaceFiles.Read(request.ModelDirectory, model.Manifest), cancellationToken).ConfigureAwait(false);
        var options = ModelCompatibility.BuildOptionsFor(model.Manifest, _options.Build);
        var filter = ModelCompatibility.FilterFor(model.Manifest);
        var readProgress = progress is null ? null : new SynchronousProgress<double>(f => progress.Report(new TrainingProgress(TrainingStage.Read, f)));
        var catalog = await _catalogReader.ReadAsync(request.InputPath, request.CreditsPath, filter, readProgress, cancellationToken).ConfigureAwait(false);
        if (catalog.Movies.Count == 0)
        {
            throw new CatalogFormatException(
                $"'{request.InputPath}' has no films the model accepts (its filter: min votes {filter.MinVoteCount}, released only {filter.ReleasedOnly}, " +
                $"adult {filter.IncludeAdult}); {catalog.RowsRead} rows read, {catalog.RowsSkipped} skipped, {catalog.RowsFilteredOut} filtered out.");
        }

        durations[TrainingStage.Read] = clock.Elapsed;
        UpdateLog.Started(_logger, model.Manifest.ModelVersion, catalog.Movies.Count, request.InputPath);

        clock.Restart();
        progress?.Report(new TrainingProgress(TrainingStage.Vectorize, 0));
        var plan = UpdatePlan.Create(model, catalog.Movies);
        var incoming = new IncomingVectorizer(options, request.MaxDegreeOfParallelism)
            .Vectorize(plan.IncomingFilms, model, space, plan.Movies.Length, cancellationToken);
        var (vectors, frequencies, idf) = plan.MergeSpace(space, incoming);
        var drift = IdfDrift.Measure(idf, frequencies, plan.Movies.Length, options.TfIdf);
        durations[TrainingStage.Vectorize] = clock.Elapsed;
        progress?.Report(new TrainingProgress(TrainingStage.Vectorize, 1));

        clock.Restart();
        var neighbourProgress = progress is null ? null : new SynchronousProgress<double>(f => progress.Report(new TrainingProgress(TrainingStage.Neighbours, f)));
        var neighbours = new IncrementalNeighbourSearch(options.Neighbours.Neighbours, request.MaxDegreeOfParallelism)
            .Update(vectors, plan.PreviousGraph(model), plan.IncomingRows, neighbourProgress, cancellationToken);
        var (topOffsets, topIndices, topWeights) = plan.MergeTopTerms(model, RecommenderModelBuilder.SelectTopTerms(incoming.Rows, options.TopTermsPerMovie));
        durations[TrainingStage.Neighbours] = clock.Elapsed;

        clock.Restart();
        progress?.Report(new TrainingProgress(TrainingStage.Write, 0));
        var addedSinceTraining = ModelCompatibility.FilmsAddedSinceTraining(model.Manifest) + plan.Added;
        var collaborative = model.HasHybrid
            ? CollaborativeCarryOver.Remap(model.Collaborative!, [.. Enumerable.Range(0, model.MovieCount).Select(model.Table.IdAt)], [.. plan.Movies.Select(m => m.Id)])
            : null;
        var manifest = NewManifest(model.Manifest, catalog, plan, incoming, drift, addedSinceTraining, request.InputPath, collaborative is not null);
        var updated = new RecommenderModel
        {
            Manifest = manifest,
            Movies = plan.Movies,
            NeighbourOffsets = neighbours.Graph.Offsets,
            NeighbourIndices = neighbours.Graph.Indices,
            NeighbourScores = neighbours.Graph.Scores,
            Terms = [.. model.Terms, .. incoming.AddedTerms.Terms],
            TermKinds = [.. model.TermKinds, .. incoming.AddedTerms.Kinds],
            TermLabels = [.. model.TermLabels, .. incoming.AddedTerms.Labels],
            TopTermOffsets = topOffsets,
            TopTermIndices = topIndices,
            TopTermWeights = topWeights,
            WatchProviders = model.WatchProviders,
            Collaborative = collaborative,
            Ranker = collaborative is null ? null : model.Ranker,
            VectorSpace = new VectorSpace
            {
                DocumentFrequencies = frequencies,
                InverseDocumentFrequencies = idf,
                CommonTerms = space.CommonTerms,
                Vectors = vectors,
            },
        };
        EnsureUnchanged(request.ModelDirectory, model.Manifest.ModelVersion);
        var published = await _modelWriter.PublishAsync(updated, request.ModelDirectory, cancellationToken).ConfigureAwait(false);
        durations[TrainingStage.Write] = clock.Elapsed;
        progress?.Report(new TrainingProgress(TrainingStage.Write, 1));
        UpdateLog.Published(_logger, published.Manifest.ModelVersion, plan.Added, plan.Replaced, neighbours.ExistingListsChanged, drift.MeanRelativeChange);
        if (collaborative is not null)
        {
            UpdateLog.CollaborativeCarried(_logger, plan.Added);
        }

        if (drift.RetrainAdvised)
        {
            UpdateLog.RetrainAdvised(_logger, drift.MeanRelativeChange, IdfDrift.RetrainAdvisedAbove);
        }

        return new CatalogUpdateSummary
        {
            ModelDirectory = published.Directory,
            ModelVersion = published.Manifest.ModelVersion,
            PreviousVersion = model.Manifest.ModelVersion,
            RowsRead = catalog.RowsRead,
            RowsSkipped = catalog.RowsSkipped,
            FirstSkippedLines = catalog.FirstSkippedLines,
            RowsFilteredOut = catalog.RowsFilteredOut,
            FilmsAdded = plan.Added,
            FilmsReplaced = plan.Replaced,
            ExistingListsChanged = neighbours.ExistingListsChanged,
            TermsAdded = incoming.AddedTerms.Count,
            Movies = updated.MovieCount,
            Terms = updated.Terms.Length,
            FilmsAddedSinceTraining = addedSinceTraining,
            CollaborativeCarried = collaborative is not null,
            Drift = drift,
            ModelBytes = published.TotalBytes,
            StageDurations = durations,
        };
    }

    private static ModelManifest NewManifest(
        ModelManifest previous, CatalogReadResult catalog, UpdatePlan plan, IncomingVectors incoming, IdfDrift drift, int addedSinceTraining, string inputPath,
        bool collaborativeCarried)
    {
        var createdAt = DateTimeOffset.UtcNow;
        var parameters = new Dictionary<string, string>(previous.Parameters, StringComparer.Ordinal)
        {
            ["update.from"] = previous.ModelVersion,
            ["update.input.file"] = Path.GetFileName(inputPath),
            ["update.added"] = plan.Added.ToString(CultureInfo.InvariantCulture),
            ["update.replaced"] = plan.Replaced.ToString(CultureInfo.InvariantCulture),
            ["update.termsAdded"] = incoming.AddedTerms.Count.ToString(CultureInfo.InvariantCulture),
            ["update.idfDrift"] = drift.MeanRelativeChange.ToString("0.#####", CultureInfo.InvariantCulture),
            [ModelCompatibility.FilmsAddedSinceTrainingKey] = addedSinceTraining.ToString(CultureInfo.InvariantCulture),
        };
        if (collaborativeCarried)
        {
            parameters[ModelCompatibility.CollaborativeCarriedKey] = "true";
        }
        else
        {
            // A content-only model says nothing about a collaborative part, whatever an older manifest said.
            parameters.Remove(ModelCompatibility.CollaborativeCarriedKey);
        }

        // The data behind the model is now the training's plus this input: chain both hashes.
        var dataset = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes($"{previous.DatasetSha256}+{catalog.DatasetSha256}")));
        return previous with
        {
            ModelVersion = string.Create(CultureInfo.InvariantCulture, $"{createdAt:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid().ToString("N")[..8]}"),
            CreatedAt = createdAt,
            MovieCount = plan.Movies.Length,
            TermCount = previous.TermCount + incoming.AddedTerms.Count,
            Parameters = parameters,
            DatasetSha256 = dataset,
            Files = new Dictionary<string, string>(),
        };
    }

    /// <summary>Refuses to publish over a model another training or update published while this one ran.</summary>
    private void EnsureUnchanged(string directory, string baseVersion)
    {
        if (!_modelReader.ModelExists(directory))
        {
            throw new ModelUpdateException($"The model in '{directory}' disappeared while the update ran; nothing was published.");
        }

        var current = System.Text.Json.JsonSerializer.Deserialize<ModelManifest>(
            File.ReadAllText(Path.Combine(directory, ModelFormat.ManifestFile)), ModelJson.Options)?.ModelVersion;
        if (current != baseVersion)
        {
            throw new ModelUpdateException(
                $"'{directory}' now holds model {current}, published while this update of {baseVersion} ran; nothing was published. Run the update again.");
        }
    }
}
