using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Persistence;

/// <summary>Writes a model directory so that readers see either the old model or the complete new one.</summary>
public interface IModelWriter
{
    /// <exception cref="IOException">The directory cannot be written; the message names it.</exception>
    Task<ModelPublishResult> PublishAsync(RecommenderModel model, string directory, CancellationToken cancellationToken = default);
}
