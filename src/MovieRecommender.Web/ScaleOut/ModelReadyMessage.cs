namespace MovieRecommender.Web.ScaleOut;

/// <summary>Pub/sub message: <see cref="Replica"/> has loaded and verified model <see cref="ModelVersion"/>.</summary>
public sealed record ModelReadyMessage(string Replica, string ModelVersion);
