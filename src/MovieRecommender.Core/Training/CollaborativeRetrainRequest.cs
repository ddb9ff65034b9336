using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Training;

/// <summary>What a retrain of the collaborative part starts from and where it publishes.</summary>
public sealed record CollaborativeRetrainRequest
{
    /// <summary>The model being served: its content part is kept as it is.</summary>
    public required RecommenderModel Current { get; init; }

    /// <summary>The app's own ratings (films outside the catalog are dropped).</summary>
    public required IReadOnlyList<AppRating> AppRatings { get; init; }

    /// <summary>Optional base ratings in the MovieLens layout (e.g. the file the model was first trained with), with <see cref="LinksPath"/>.</summary>
    public string? RatingsPath { get; init; }

    public string? LinksPath { get; init; }

    /// <summary>The model folder to publish to (atomically replaced).</summary>
    public required string OutputDirectory { get; init; }
}
