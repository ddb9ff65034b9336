using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Persistence;

/// <summary>What <see cref="IModelWriter.PublishAsync"/> wrote: the final manifest and the directory's size.</summary>
public sealed record ModelPublishResult(string Directory, ModelManifest Manifest, long TotalBytes);
