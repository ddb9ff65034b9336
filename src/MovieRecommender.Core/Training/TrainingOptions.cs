namespace MovieRecommender.Core.Training;

/// <summary>Settings of the training pipeline (bind from the "TrainingOptions" configuration section).</summary>
public sealed class TrainingOptions
{
    /// <summary>Soup, TF-IDF and neighbour settings; the request's K and max features override these.</summary>
    public ModelBuildOptions Build { get; set; } = new();
}
