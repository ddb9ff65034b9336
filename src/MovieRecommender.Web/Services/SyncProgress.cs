namespace MovieRecommender.Web.Services;

/// <summary>
/// An <see cref="IProgress{T}"/> that reports on the caller's thread. <see cref="Progress{T}"/> posts to the
/// thread pool, so late reports could overwrite the final "ready" state.
/// </summary>
public sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
