using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Hybrid;

namespace MovieRecommender.Core.Training;

/// <summary>Settings of the training pipeline (bind from the "TrainingOptions" configuration section).</summary>
public sealed class TrainingOptions
{
    /// <summary>Soup, TF-IDF and neighbour settings; the request's K and max features override these.</summary>
    public ModelBuildOptions Build { get; set; } = new();

    /// <summary>Item-item collaborative filtering settings (used when ratings are given).</summary>
    public ItemSimilarityOptions ItemSimilarity { get; set; } = ItemSimilarityOptions.Default;

    /// <summary>Implicit ALS settings (used when ratings are given).</summary>
    public ImplicitAlsOptions Als { get; set; } = ImplicitAlsOptions.Default;

    /// <summary>The hybrid's candidate sources and popularity discounts (stored in the model for serving).</summary>
    public HybridOptions Hybrid { get; set; } = HybridOptions.Default;

    /// <summary>How the learned ranker is trained.</summary>
    public RankerTrainingOptions Ranker { get; set; } = RankerTrainingOptions.Default;
}
