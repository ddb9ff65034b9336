using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Hybrid;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Watch;

namespace MovieRecommender.Core.Training;

/// <summary>
/// Copy helpers for the init-only <see cref="RecommenderModel"/>. Every helper goes through <see cref="Copy"/>, so a part
/// one helper does not touch (watch providers, the collaborative part) is never dropped by another.
/// </summary>
public static class RecommenderModelExtensions
{
    /// <summary>The same model with other watch providers (null: none).</summary>
    public static RecommenderModel WithWatchProviders(this RecommenderModel model, WatchAvailability? providers)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Copy(model, model.Manifest, providers, model.Collaborative, model.Ranker);
    }

    /// <summary>The same arrays (not copied) under another manifest.</summary>
    public static RecommenderModel WithManifest(this RecommenderModel model, ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Copy(model, manifest, model.WatchProviders, model.Collaborative, model.Ranker);
    }

    /// <summary>The same content arrays (not copied) with a collaborative part and ranker attached (or removed with nulls).</summary>
    public static RecommenderModel WithHybrid(this RecommenderModel model, CollaborativeModel? collaborative, LearnedRanker? ranker)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Copy(model, model.Manifest, model.WatchProviders, collaborative, ranker);
    }

    private static RecommenderModel Copy(RecommenderModel model, ModelManifest manifest, WatchAvailability? providers,
        CollaborativeModel? collaborative, LearnedRanker? ranker) => new()
    {
        Manifest = manifest,
        Movies = model.Movies,
        NeighbourOffsets = model.NeighbourOffsets,
        NeighbourIndices = model.NeighbourIndices,
        NeighbourScores = model.NeighbourScores,
        Terms = model.Terms,
        TermKinds = model.TermKinds,
        TermLabels = model.TermLabels,
        TopTermOffsets = model.TopTermOffsets,
        TopTermIndices = model.TopTermIndices,
        TopTermWeights = model.TopTermWeights,
        WatchProviders = providers,
        VectorSpace = model.VectorSpace,
        Collaborative = collaborative,
        Ranker = ranker,
    };
}
