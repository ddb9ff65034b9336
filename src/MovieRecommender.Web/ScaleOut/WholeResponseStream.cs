using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace MovieRecommender.Web.ScaleOut;

/// <summary>
/// Collects a page or JSON answer in memory (see <see cref="WholeResponseMiddleware"/>) and sends it in one write.
/// Which answers are held is decided at the first byte, from the content type: HTML and JSON are; everything else
/// (event streams, images, CSV, static files) passes straight through, and so does an answer that outgrows
/// <see cref="MaxBufferedBytes"/> or whose writer disables buffering.
/// </summary>
public sealed class WholeResponseStream(HttpResponse response, IHttpResponseBodyFeature original) : Stream
{
    /// <summary>Far above any page or API answer (tens of KB); a bigger one is sent as it is written.</summary>
    public const int MaxBufferedBytes = 4 * 1024 * 1024;

    private const int InitialCapacity = 16 * 1024;

    private MemoryStream? _buffer;
    private Mode _mode;

    private enum Mode
    {
        Undecided,
        Buffering,
        PassingThrough,
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    private Stream Target => original.Stream;

    /// <summary>Sends what was held (the whole answer, with its Content-Length) in one write; nothing when nothing was held.</summary>
    public async Task SendBufferedAsync(CancellationToken cancellationToken)
    {
        if (_mode == Mode.Buffering && _buffer is { Length: > 0 }
            && response.ContentLength is null && !response.Headers.ContainsKey(HeaderNames.TransferEncoding))
        {
            response.ContentLength = _buffer.Length;
        }

        _mode = Mode.PassingThrough;
        await SendHeldAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>From now on every byte goes straight out; what was held goes first, at the next write or flush.</summary>
    public void PassThrough() => _mode = Mode.PassingThrough;

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (Hold(buffer.Length))
        {
            _buffer!.Write(buffer);
            return;
        }

        if (_buffer is { Length: > 0 })
        {
            Target.Write(_buffer.GetBuffer(), 0, (int)_buffer.Length);
            _buffer.SetLength(0);
        }

        Target.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Hold(buffer.Length))
        {
            _buffer!.Write(buffer.Span);
            return;
        }

        await SendHeldAsync(cancellationToken).ConfigureAwait(false);
        await Target.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    // A flush of a held answer is a no-op: the writers flush as a matter of course, not to reach the client.
    public override void Flush()
    {
        if (NothingToSendYet())
        {
            return;
        }

        if (Decide() == Mode.PassingThrough)
        {
            if (_buffer is { Length: > 0 })
            {
                Target.Write(_buffer.GetBuffer(), 0, (int)_buffer.Length);
                _buffer.SetLength(0);
            }

            Target.Flush();
        }
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (NothingToSendYet())
        {
            return;
        }

        if (Decide() == Mode.PassingThrough)
        {
            await SendHeldAsync(cancellationToken).ConfigureAwait(false);
            await Target.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _buffer?.Dispose();
            _buffer = null;
        }

        base.Dispose(disposing);
    }

    /// <summary>True when <paramref name="count"/> more bytes are to be held; switches to passing through when they would not fit.</summary>
    private bool Hold(int count)
    {
        if (Decide() != Mode.Buffering)
        {
            return false;
        }

        if (_buffer!.Length + count <= MaxBufferedBytes)
        {
            return true;
        }

        PassThrough();
        return false;
    }

    private async Task SendHeldAsync(CancellationToken cancellationToken)
    {
        if (_buffer is { Length: > 0 })
        {
            var held = _buffer.GetBuffer().AsMemory(0, (int)_buffer.Length);
            await Target.WriteAsync(held, cancellationToken).ConfigureAwait(false);
            _buffer.SetLength(0);
        }
    }

    /// <summary>
    /// Nothing written and no content type declared: a flush now (the body feature's completion flushes) would only
    /// send bare headers, which would stop the status-code pages and the problem-details writer from filling an
    /// empty 404, 405 or 429 answer later on.
    /// </summary>
    private bool NothingToSendYet() => _mode == Mode.Undecided && string.IsNullOrEmpty(response.ContentType);

    private Mode Decide()
    {
        if (_mode == Mode.Undecided)
        {
            _mode = IsWholeAnswer(response.ContentType) ? Mode.Buffering : Mode.PassingThrough;
            if (_mode == Mode.Buffering)
            {
                _buffer = new MemoryStream(InitialCapacity);
            }
        }

        return _mode;
    }

    private static bool IsWholeAnswer(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }

        var type = media.MediaType;
        return type.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            || type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);
    }
}
