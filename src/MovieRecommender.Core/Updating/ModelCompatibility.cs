using System.Globalization;
using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Updating;

/// <summary>
/// What an update must reuse from the model's training, read from its manifest: the catalog filter, K, the
/// vocabulary cap, and the soup and TF-IDF settings, which must equal this program's (new films have to be
/// weighed as the stored ones were).
/// </summary>
internal static class ModelCompatibility
{
    public const string FilmsAddedSinceTrainingKey = "update.filmsAddedSinceTraining";

    /// <summary>Manifest parameter set to <c>true</c> when an update carried the collaborative part and ranker over.</summary>
    public const string CollaborativeCarriedKey = "update.collaborativeCarried";

    private const string MaxFeaturesKey = "tfidf.maxFeatures";
    private const string TopTermsKey = "topTermsPerMovie";

    private static readonly HashSet<string> CarriedFiles =
    [
        .. ModelFormat.BinaryFiles, ModelFormat.ProvidersFile, ModelFormat.TermStatisticsFile, ModelFormat.VectorsFile,
        .. CollaborativeFiles.Files,
    ];

    public static ModelBuildOptions BuildOptionsFor(ModelManifest manifest, ModelBuildOptions configured)
    {
        var maxFeatures = Integer(manifest, MaxFeaturesKey) ?? configured.TfIdf.MaxFeatures;
        var options = configured with
        {
            TfIdf = configured.TfIdf with { MaxFeatures = maxFeatures },
            Neighbours = configured.Neighbours with { Neighbours = Math.Max(1, manifest.NeighboursPerMovie) },
        };
        var differences = options.ToParameters()
            .Where(p => (p.Key.StartsWith("soup.", StringComparison.Ordinal) || p.Key.StartsWith("tfidf.", StringComparison.Ordinal) || p.Key == TopTermsKey)
                && manifest.Parameters.TryGetValue(p.Key, out var trained) && trained != p.Value)
            .Select(p => $"{p.Key} = {manifest.Parameters[p.Key]} (this program: {p.Value})")
            .ToList();
        if (differences.Count > 0)
        {
            throw new ModelUpdateException(
                $"Model {manifest.ModelVersion} was trained with other settings, so new films cannot be weighed like its films: " +
                $"{string.Join("; ", differences)}. Train it again instead of updating.");
        }

        return options;
    }

    /// <summary>The filter the model was trained with, so an update keeps exactly the films a full training would.</summary>
    public static CatalogFilter FilterFor(ModelManifest manifest) => new()
    {
        MinVoteCount = Integer(manifest, "filter.minVotes") ?? TrainingCatalogFilter.LowQualityMinVotes,
        IncludeAdult = Flag(manifest, "filter.includeAdult") ?? false,
        ReleasedOnly = Flag(manifest, "filter.releasedOnly") ?? true,
    };

    /// <summary>
    /// Refuses a model whose manifest lists files an update does not know how to carry over (parts added by later
    /// features): publishing without them would drop them silently. The collaborative files are known: the updater
    /// remaps them (<see cref="CollaborativeCarryOver"/>).
    /// </summary>
    public static void RequireOnlyKnownFiles(ModelManifest manifest)
    {
        var unknown = manifest.Files.Keys.Where(f => !CarriedFiles.Contains(f)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ModelUpdateException(
                $"Model {manifest.ModelVersion} holds {string.Join(", ", unknown)}, which update cannot carry over to the new version; " +
                "train the model again with the new films instead.");
        }
    }

    public static int FilmsAddedSinceTraining(ModelManifest manifest) => Integer(manifest, FilmsAddedSinceTrainingKey) ?? 0;

    private static int? Integer(ModelManifest manifest, string key) =>
        manifest.Parameters.TryGetValue(key, out var value) && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;

    private static bool? Flag(ModelManifest manifest, string key) =>
        manifest.Parameters.TryGetValue(key, out var value) && bool.TryParse(value, out var parsed) ? parsed : null;
}
