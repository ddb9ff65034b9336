using System.Buffers.Binary;

namespace MovieRecommender.Core.IO;

/// <summary>
/// A read-ahead buffer over a forward-only stream, like <see cref="BufferedStream"/>, that also decodes the
/// little-endian primitives of <see cref="BinaryReader"/> straight from its buffer. A million-film movie table
/// is tens of millions of 4- and 8-byte fields: through <see cref="BinaryReader"/> each is a virtual stream read
/// and a copy, here an inlined load. Both may be used on one stream: <see cref="BinaryReader"/> reads through
/// <see cref="Read(Span{byte})"/> and never reads ahead for the types used in model files.
/// </summary>
internal sealed class ReadAheadStream : Stream
{
    /// <summary>The widest field read from the buffer (a double) must fit in it.</summary>
    public const int MinimumBufferSize = sizeof(double);

    private const int MaxSevenBitBytes = 5;
    private const int SevenBitPayload = 0x7F;
    private const int SevenBitContinuation = 0x80;
    private const int BitsPerSevenBitByte = 7;

    private readonly Stream _inner;
    private readonly byte[] _buffer;
    private int _position;
    private int _length;

    public ReadAheadStream(Stream inner, int bufferSize)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, MinimumBufferSize);
        _inner = inner;
        _buffer = new byte[bufferSize];
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => _inner.Length;

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(sizeof(double)));

    /// <summary>As <see cref="BinaryReader.ReadBoolean"/>: any non-zero byte is true.</summary>
    public bool ReadBoolean() => Take(sizeof(byte))[0] != 0;

    /// <summary>As <see cref="BinaryReader.Read7BitEncodedInt"/>, including its <see cref="FormatException"/> on more than five bytes.</summary>
    public int Read7BitEncodedInt()
    {
        uint result = 0;
        for (int shift = 0, read = 0; read < MaxSevenBitBytes; read++, shift += BitsPerSevenBitByte)
        {
            byte next = Take(sizeof(byte))[0];
            result |= (uint)(next & SevenBitPayload) << shift;
            if ((next & SevenBitContinuation) == 0)
            {
                return (int)result;
            }
        }

        throw new FormatException("Too many bytes in what should have been a 7-bit encoded integer.");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position == _length)
        {
            // A read at least as large as the buffer goes straight to the file: no second copy of a big array.
            if (buffer.Length >= _buffer.Length)
            {
                return _inner.Read(buffer);
            }

            Fill(0);
            if (_length == 0)
            {
                return 0;
            }
        }

        int copied = Math.Min(buffer.Length, _length - _position);
        _buffer.AsSpan(_position, copied).CopyTo(buffer);
        _position += copied;
        return copied;
    }

    public override int ReadByte() => _position < _length || Fill(0) > 0 ? _buffer[_position++] : -1;

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>The next <paramref name="count"/> bytes, contiguous in the buffer; <see cref="EndOfStreamException"/> past the end.</summary>
    private ReadOnlySpan<byte> Take(int count)
    {
        if (_length - _position < count)
        {
            Refill(count);
        }

        var bytes = _buffer.AsSpan(_position, count);
        _position += count;
        return bytes;
    }

    private void Refill(int needed)
    {
        int kept = _length - _position;
        _buffer.AsSpan(_position, kept).CopyTo(_buffer);
        _position = 0;
        _length = kept;
        while (_length < needed)
        {
            if (Fill(_length) == 0)
            {
                throw new EndOfStreamException("Unable to read beyond the end of the stream.");
            }
        }
    }

    /// <summary>Reads more from the inner stream after the first <paramref name="start"/> buffered bytes; returns the bytes added.</summary>
    private int Fill(int start)
    {
        if (start == 0)
        {
            _position = 0;
        }

        int read = _inner.Read(_buffer.AsSpan(start));
        _length = start + read;
        return read;
    }
}
