using System.Runtime.InteropServices;
using System.Text;
using MovieRecommender.Core.IO;

namespace MovieRecommender.Core.Persistence;

/// <summary>Writes one binary model file (magic + version header), hashing it on the way out.</summary>
internal sealed class ModelFileWriter : IDisposable
{
    private const int BufferSize = 1 << 20;

    private readonly FileStream _file;
    private readonly HashingWriteStream _hashing;
    private readonly BufferedStream _buffered;

    public ModelFileWriter(string path, string magic)
    {
        ModelFormat.EnsureLittleEndian();
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        _hashing = new HashingWriteStream(_file);
        _buffered = new BufferedStream(_hashing, BufferSize);
        Writer = new BinaryWriter(_buffered, Encoding.UTF8, leaveOpen: true);
        Writer.Write(Encoding.ASCII.GetBytes(magic));
        Writer.Write(ModelFormat.Version);
    }

    public BinaryWriter Writer { get; }

    public void WriteArray<T>(T[] values)
        where T : unmanaged
    {
        Writer.Write(values.Length);
        Writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    public void WriteNullableString(string? value)
    {
        Writer.Write(value is not null);
        if (value is not null)
        {
            Writer.Write(value);
        }
    }

    /// <summary>Writes UTF-8 bytes exactly as <see cref="BinaryWriter.Write(string)"/> writes the string they encode.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        Writer.Write7BitEncodedInt(utf8.Length);
        Writer.Write(utf8);
    }

    /// <summary>Flushes everything to the disk itself (fsync) and returns the file's sha256 (hex).</summary>
    public string Complete()
    {
        Writer.Flush();
        _buffered.Flush();
        _file.Flush(flushToDisk: true);
        return _hashing.HashHex();
    }

    /// <summary>XxHash128 (hex) of the file, valid after <see cref="Complete"/>.</summary>
    public string FastChecksum => _hashing.XxHash128Hex();

    public void Dispose()
    {
        Writer.Dispose();
        _buffered.Dispose();
        _hashing.Dispose();
    }
}
