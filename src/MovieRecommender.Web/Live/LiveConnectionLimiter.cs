namespace MovieRecommender.Web.Live;

/// <summary>Counts open event streams so one node never holds more than <see cref="LiveSettings.MaxConnections"/>.</summary>
public sealed class LiveConnectionLimiter
{
    private int _open;

    public int Open => Volatile.Read(ref _open);

    /// <summary>Takes a slot, or returns null when all are in use. Dispose the lease when the stream ends.</summary>
    public IDisposable? TryAcquire(int limit)
    {
        if (Interlocked.Increment(ref _open) <= limit)
        {
            return new Lease(this);
        }

        Interlocked.Decrement(ref _open);
        return null;
    }

    private sealed class Lease(LiveConnectionLimiter owner) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                Interlocked.Decrement(ref owner._open);
            }
        }
    }
}
