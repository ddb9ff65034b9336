namespace MovieRecommender.Core.Hybrid;

/// <summary>Shape of the feature vector (<see cref="HybridFeature"/>) shared by ranker training and serving.</summary>
public static class HybridFeatures
{
    /// <summary>Meaning of the vector; a ranker trained on another version is refused at load.</summary>
    public const int Version = 1;

    public const int Count = 19;

    public const float UnknownYearGap = 100;

    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetNames<HybridFeature>()];
}
