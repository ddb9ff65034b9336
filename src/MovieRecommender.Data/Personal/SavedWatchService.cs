namespace MovieRecommender.Data.Personal;

/// <summary>A streaming service (TMDB provider id) a signed-in user has, for "only films on my services".</summary>
public sealed class SavedWatchService
{
    public required string UserId { get; set; }
    public int ProviderId { get; set; }
}
