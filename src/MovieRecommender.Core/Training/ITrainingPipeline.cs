namespace MovieRecommender.Core.Training;

/// <summary>Reads a catalog, builds TF-IDF vectors and top-K neighbours, and publishes a model directory.</summary>
public interface ITrainingPipeline
{
    /// <exception cref="Ingest.CatalogFormatException">The input is missing, unreadable or of an unknown format.</exception>
    Task<TrainingSummary> TrainAsync(
        TrainingRequest request,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default);
}
