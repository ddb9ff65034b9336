namespace MovieRecommender.Web.WhereToWatch;

/// <summary>
/// The streaming services a visitor saved as theirs (TMDB provider ids), for "only films on my services": in the
/// account when signed in, in a cookie otherwise.
/// </summary>
public interface IWatchServicesStore
{
    Task<IReadOnlyList<int>> ReadAsync(HttpContext context, CancellationToken cancellationToken = default);

    Task SaveAsync(HttpContext context, IReadOnlyList<int> providerIds, CancellationToken cancellationToken = default);
}
