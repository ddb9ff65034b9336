namespace MovieRecommender.Core.Training;

/// <summary>
/// Forwards reports on the calling thread, in order. <see cref="Progress{T}"/> posts to the thread pool, so its
/// reports can arrive late and out of order, which makes progress bars jump backwards.
/// </summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
