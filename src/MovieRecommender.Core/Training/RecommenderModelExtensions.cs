using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Training;

/// <summary>Copy helpers for the init-only <see cref="RecommenderModel"/>.</summary>
public static class RecommenderModelExtensions
{
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
            Collaborative = model.Collaborative,
            Ranker = model.Ranker,
        };
    }

    /// <summary>The same content arrays (not copied) with a collaborative part and ranker attached (or removed with nulls).</summary>
    public static RecommenderModel WithHybrid(this RecommenderModel model, Collaborative.CollaborativeModel? collaborative, Hybrid.LearnedRanker? ranker)
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
            Collaborative = collaborative,
            Ranker = ranker,
        };
    }
}
