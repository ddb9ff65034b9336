namespace MovieRecommender.Data.Personal;

/// <summary>The streaming services (TMDB provider ids) a signed-in user saved in their account.</summary>
public interface ISavedWatchServicesStore
{
    Task<IReadOnlyList<int>> GetAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Replaces the saved set in one transaction.</summary>
    Task ReplaceAsync(string userId, IReadOnlyCollection<int> providerIds, CancellationToken cancellationToken = default);
}
