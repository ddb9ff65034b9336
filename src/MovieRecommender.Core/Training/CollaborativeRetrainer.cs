using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Hybrid;
using MovieRecommender.Core.Persistence;

namespace MovieRecommender.Core.Training;

/// <summary>
/// Retrains only the collaborative part (item-item, ALS, learned ranker) of a served model from the app's own ratings,
/// plus optional base ratings, and publishes the whole folder atomically: the content part is written back unchanged,
/// so a reader sees the old model or the new one, never a mix. App users get ids of their own (negative), so they can
/// never merge with a base file's users.
/// </summary>
public sealed class CollaborativeRetrainer(
    IModelWriter modelWriter,
    IRatingsReader ratingsReader,
    IOptions<TrainingOptions>? options = null,
    ILogger<CollaborativeRetrainer>? logger = null)
{
    /// <summary>Manifest parameter: how many app ratings (kept or dropped) the collaborative part was last trained from.</summary>
    public const string AppRatingsSeenParameter = "ratings.appSeen";

    private readonly TrainingOptions _options = options?.Value ?? new TrainingOptions();

    /// <summary>App ratings a model's collaborative part has seen (0 for a model never retrained from them).</summary>
    public static long AppRatingsSeenBy(Model.RecommenderModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Manifest.Parameters.TryGetValue(AppRatingsSeenParameter, out var text)
               && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long seen)
            ? seen
            : 0;
    }
    private readonly ILogger _logger = logger ?? NullLogger<CollaborativeRetrainer>.Instance;

    /// <exception cref="Ingest.CatalogFormatException">A base file is unreadable, or the ratings give no ranking query.</exception>
    public async Task<CollaborativeRetrainResult> RetrainAsync(CollaborativeRetrainRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var content = request.Current;
        var indexById = new Dictionary<int, int>(content.MovieCount);
        for (int i = 0; i < content.MovieCount; i++)
        {
            indexById.TryAdd(content.Table.IdAt(i), i);
        }

        var ratings = new List<UserFilmRating>();
        long baseUsed = 0;
        if (request.RatingsPath is not null && request.LinksPath is not null)
        {
            var read = await ratingsReader.ReadAsync(request.RatingsPath, request.LinksPath, indexById, cancellationToken).ConfigureAwait(false);
            ratings.AddRange(read.Ratings);
            baseUsed = read.Ratings.Count;
        }

        var appUsers = new Dictionary<string, long>(StringComparer.Ordinal);
        int outside = 0;
        foreach (var rating in request.AppRatings)
        {
            if (!indexById.TryGetValue(rating.MovieId, out int film) || !RatingScale.IsValid(rating.Rating))
            {
                outside++;
                continue;
            }

            if (!appUsers.TryGetValue(rating.UserId, out long user))
            {
                user = -(appUsers.Count + 1L);
                appUsers[rating.UserId] = user;
            }

            ratings.Add(new UserFilmRating(user, film, rating.Rating));
        }

        var (collaborative, ranker) = await Task.Run(() =>
        {
            var (matrix, _) = RatingMatrix.FromRatings(ratings, content.MovieCount);
            var trained = CollaborativeModel.Train(matrix, _options.ItemSimilarity, _options.Als, null, cancellationToken);
            try
            {
                return (trained, RankerTrainer.Train(content, ratings, _options.ItemSimilarity, _options.Als, _options.Hybrid, _options.Ranker, null, cancellationToken));
            }
            catch (InvalidOperationException ex)
            {
                throw new Ingest.CatalogFormatException($"The ratings cannot train a ranker yet: {ex.Message}", ex);
            }
        }, cancellationToken).ConfigureAwait(false);

        var createdAt = DateTimeOffset.UtcNow;
        var parameters = new Dictionary<string, string>(content.Manifest.Parameters, StringComparer.Ordinal)
        {
            [AppRatingsSeenParameter] = request.AppRatings.Count.ToString(CultureInfo.InvariantCulture),
            ["ratings.app"] = (ratings.Count - baseUsed).ToString(CultureInfo.InvariantCulture),
            ["ratings.appUsers"] = appUsers.Count.ToString(CultureInfo.InvariantCulture),
            ["ratings.used"] = ratings.Count.ToString(CultureInfo.InvariantCulture),
            ["ratings.retrainedAt"] = createdAt.ToString("O", CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in _options.ItemSimilarity.ToParameters().Concat(_options.Als.ToParameters())
                     .Concat(_options.Hybrid.ToParameters()).Concat(_options.Ranker.ToParameters()))
        {
            parameters[key] = value;
        }

        var manifest = content.Manifest with
        {
            ModelVersion = RecommenderModelBuilder.CreateModelVersion(createdAt),
            CreatedAt = createdAt,
            Parameters = parameters,
        };
        var model = content.WithManifest(manifest).WithHybrid(collaborative, ranker.Ranker);
        var published = await modelWriter.PublishAsync(model, request.OutputDirectory, cancellationToken).ConfigureAwait(false);
        TrainingLog.CollaborativeRetrained(_logger, published.Manifest.ModelVersion, ratings.Count - (int)baseUsed, appUsers.Count, baseUsed, outside);
        return new CollaborativeRetrainResult(published.Manifest.ModelVersion, ratings.Count - (int)baseUsed, outside, baseUsed, appUsers.Count);
    }
}
