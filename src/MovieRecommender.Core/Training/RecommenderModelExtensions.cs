using MovieRecommender.Core.Model;
using MovieRecommender.Core.Watch;

namespace MovieRecommender.Core.Training;

/// <summary>Copy helpers for the init-only <see cref="RecommenderModel"/>.</summary>
public static class RecommenderModelExtensions
{
    /// <summary>The same model with other watch providers (null: none).</summary>
    public static RecommenderModel WithWatchProviders(this RecommenderModel model, WatchAvailability? providers)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new RecommenderModel
        {
            Manifest = model.Manifest,
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
        };
    }

    /// <summary>The same arrays (not copied) under another manifest.</summary>
    public static RecommenderModel WithManifest(this RecommenderModel model, ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new RecommenderModel
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
            WatchProviders = model.WatchProviders,
            VectorSpace = model.VectorSpace,
        };
    }
}
