using System.Threading.Channels;

namespace MovieRecommender.Web.CatalogUpdates;

/// <summary>
/// One catalog update at a time: the admin page queues an upload, <see cref="CatalogUpdateService"/> runs it, and
/// both read and write the current <see cref="Status"/>. A second upload while one is queued or running is refused,
/// because both would be built on the same model version and the second would be refused at publish anyway.
/// </summary>
public sealed class CatalogUpdateScheduler(TimeProvider clock)
{
    private readonly Channel<CatalogUpdateJob> _jobs = Channel.CreateUnbounded<CatalogUpdateJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private CatalogUpdateStatus _status = CatalogUpdateStatus.Idle;

    public CatalogUpdateStatus Status
    {
        get
        {
            lock (_gate)
            {
                return _status;
            }
        }
    }

    /// <summary>Queues <paramref name="job"/> unless an update is already queued or running.</summary>
    public bool TryEnqueue(CatalogUpdateJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            if (_status.IsActive)
            {
                return false;
            }

            _status = new CatalogUpdateStatus { State = CatalogUpdateState.Queued, FileName = job.FileName, StartedAt = clock.GetUtcNow() };
            return _jobs.Writer.TryWrite(job);
        }
    }

    internal ValueTask<CatalogUpdateJob> DequeueAsync(CancellationToken cancellationToken) => _jobs.Reader.ReadAsync(cancellationToken);

    internal void Report(Func<CatalogUpdateStatus, CatalogUpdateStatus> change)
    {
        lock (_gate)
        {
            _status = change(_status);
        }
    }

    internal DateTimeOffset Now => clock.GetUtcNow();
}
