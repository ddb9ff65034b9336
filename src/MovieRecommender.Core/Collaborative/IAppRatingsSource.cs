namespace MovieRecommender.Core.Collaborative;

/// <summary>
/// The app's own users' ratings, for the background retrain of the collaborative part. Implemented by the accounts
/// data layer (its database); none registered means the app has no ratings of its own.
/// </summary>
public interface IAppRatingsSource
{
    /// <summary>How many ratings are stored now (cheap: the retrain polls it to decide whether enough are new).</summary>
    Task<long> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Every stored rating, in any order.</summary>
    IAsyncEnumerable<AppRating> ReadAllAsync(CancellationToken cancellationToken = default);
}
