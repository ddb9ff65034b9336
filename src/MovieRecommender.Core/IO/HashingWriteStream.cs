namespace MovieRecommender.Core.IO;

/// <summary>
/// Write-only pass-through stream that computes a file's sha256 and XxHash128 as it is written, so a model file is
/// checksummed without a re-read.
/// </summary>
internal sealed class HashingWriteStream(Stream inner) : Stream
{
    private readonly FileChecksum _sha256 = FileChecksum.Sha256();
    private readonly FileChecksum _xxHash128 = FileChecksum.XxHash128();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public string HashHex() => _sha256.CurrentHex();

    public string XxHash128Hex() => _xxHash128.CurrentHex();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _sha256.Append(buffer);
        _xxHash128.Append(buffer);
        inner.Write(buffer);
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sha256.Dispose();
            _xxHash128.Dispose();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
