namespace MovieRecommender.Core.Persistence;

/// <summary>
/// Fraction of a model's bytes read so far. Files finish on different threads, so adding and reporting happen
/// under one lock: otherwise two threads could report their totals out of order and progress would go backwards.
/// </summary>
internal sealed class ReadProgress(long totalBytes, IProgress<double>? progress)
{
    private readonly Lock _gate = new();
    private readonly long _totalBytes = Math.Max(1, totalBytes);
    private long _doneBytes;

    public void Add(long bytes)
    {
        lock (_gate)
        {
            _doneBytes += bytes;
            progress?.Report((double)_doneBytes / _totalBytes);
        }
    }
}
