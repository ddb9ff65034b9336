using System.Threading.Channels;

namespace MovieRecommender.Web.Services;

/// <summary>
/// Hands reload requests (admin button, manifest watcher) to the loader. Requests that arrive while one is
/// pending collapse into it: reloading twice in a row gains nothing.
/// </summary>
public sealed class ModelReloadTrigger
{
    private readonly Channel<string> _requests = Channel.CreateBounded<string>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void RequestReload(string reason) => _requests.Writer.TryWrite(reason);

    /// <summary>Waits for a request or the timeout; returns the reason, or null on timeout.</summary>
    public async Task<string?> WaitAsync(TimeSpan? timeout, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } limit)
        {
            linked.CancelAfter(limit);
        }

        try
        {
            return await _requests.Reader.ReadAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Drops requests that arrived during a debounce period.</summary>
    public void Drain()
    {
        while (_requests.Reader.TryRead(out _))
        {
        }
    }
}
