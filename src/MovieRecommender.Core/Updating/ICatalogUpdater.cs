using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Updating;

/// <summary>Adds or replaces films in a published model without training it again, and publishes the result as a new version.</summary>
public interface ICatalogUpdater
{
    /// <exception cref="CatalogFormatException">The input is missing, unreadable, or has no film the model's filter accepts.</exception>
    /// <exception cref="ModelLoadException">The model or its vector space is missing or damaged.</exception>
    /// <exception cref="ModelUpdateException">The model cannot take an update (see the message).</exception>
    Task<CatalogUpdateSummary> UpdateAsync(
        CatalogUpdateRequest request, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default);
}
