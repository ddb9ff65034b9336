namespace MovieRecommender.Core.Training;

/// <summary>Settings of the training pipeline (bind from the "TrainingOptions" configuration section).</summary>
public sealed class TrainingOptions
{
    /// <summary>Soup, TF-IDF and neighbour settings; the request's K and max features override these.</summary>
    public ModelBuildOptions Build { get; set; } = new();

    /// <summary>Item-item collaborative filtering settings (used when ratings are given).</summary>
    public Collaborative.ItemSimilarityOptions ItemSimilarity { get; set; } = Collaborative.ItemSimilarityOptions.Default;

    /// <summary>Implicit ALS settings (used when ratings are given).</summary>
    public Collaborative.ImplicitAlsOptions Als { get; set; } = Collaborative.ImplicitAlsOptions.Default;

    /// <summary>Where the hybrid's candidates come from (stored in the model for serving).</summary>
    public Hybrid.HybridCandidateOptions Candidates { get; set; } = Hybrid.HybridCandidateOptions.Default;

    /// <summary>How the learned ranker is trained.</summary>
    public Hybrid.RankerTrainingOptions Ranker { get; set; } = Hybrid.RankerTrainingOptions.Default;
}
