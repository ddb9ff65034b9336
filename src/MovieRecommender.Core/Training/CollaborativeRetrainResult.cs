namespace MovieRecommender.Core.Training;

/// <summary>What a retrain published.</summary>
public sealed record CollaborativeRetrainResult(string ModelVersion, int AppRatingsUsed, int AppRatingsOutsideCatalog, long BaseRatingsUsed, int Users);
