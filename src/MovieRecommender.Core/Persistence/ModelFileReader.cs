using System.Runtime.CompilerServices;
using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.IO;

namespace MovieRecommender.Core.Persistence;

/// <summary>
/// Reads one binary model file in a single pass while hashing it; every size read from the file is checked
/// against the file length before anything is allocated, so a corrupt count cannot exhaust memory.
/// </summary>
internal sealed class ModelFileReader : IDisposable
{
    private const int BufferSize = 1 << 20;

    // Strings up to this many UTF-8 bytes are decoded from the stack; longer ones rent a pooled buffer.
    private const int StackStringBytes = 512;

    private readonly FileChecksum _checksum;
    private readonly HashingReadStream _hashing;
    private readonly ReadAheadStream _buffered;

    /// <summary>Opens a model file and checks its header; <paramref name="fastChecksum"/> verifies with XxHash128 instead of sha256.</summary>
    public ModelFileReader(string directory, string fileName, string magic, bool fastChecksum = false)
    {
        ModelFormat.EnsureLittleEndian();
        FileName = fileName;
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new ModelLoadException(fileName, "file is missing.");
        }

        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        Length = file.Length;
        _checksum = fastChecksum ? FileChecksum.XxHash128() : FileChecksum.Sha256();
        _hashing = new HashingReadStream(file, _checksum.Append);
        _buffered = new ReadAheadStream(_hashing, BufferSize);
        Reader = new BinaryReader(_buffered, Encoding.UTF8, leaveOpen: true);

        Span<byte> header = stackalloc byte[ModelFormat.MagicLength];
        if (_buffered.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) != header.Length
            || !header.SequenceEqual(Encoding.ASCII.GetBytes(magic)))
        {
            throw Fail($"not a model file of this kind (expected magic '{magic}').");
        }

        var version = ReadInt32();
        if (version != ModelFormat.Version)
        {
            throw Fail($"format version {version} is not supported (expected {ModelFormat.Version}); retrain the model.");
        }
    }

    public string FileName { get; }

    public long Length { get; }

    /// <summary>Compressed bytes hashed so far (read-ahead included), for progress.</summary>
    public long BytesRead => _hashing.BytesRead;

    public BinaryReader Reader { get; }

    public ModelLoadException Fail(string reason) => new(FileName, reason);

    /// <summary>Reads a non-negative element count and checks the elements can fit in the file.</summary>
    public int ReadCount(int elementSize, string what)
    {
        var count = _buffered.ReadInt32();
        if (count < 0 || (long)count * elementSize > Length)
        {
            throw Fail($"invalid {what} count {count}.");
        }

        return count;
    }

    public T[] ReadArray<T>(string what)
        where T : unmanaged
    {
        var count = ReadCount(Marshal.SizeOf<T>(), what);
        var values = new T[count];
        _buffered.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    /// <summary>
    /// Reads a string in <see cref="BinaryWriter.Write(string)"/> format. Same result as
    /// <see cref="BinaryReader.ReadString"/>, but decodes the whole UTF-8 payload at once: BinaryReader goes
    /// through a StringBuilder for anything over 128 bytes, which dominated loading a million overviews.
    /// </summary>
    public string ReadString()
    {
        var byteCount = ReadStringLength();
        if (byteCount <= StackStringBytes)
        {
            Span<byte> bytes = stackalloc byte[byteCount];
            _buffered.ReadExactly(bytes);
            return Encoding.UTF8.GetString(bytes);
        }

        var rented = ArrayPool<byte>.Shared.Rent(byteCount);
        try
        {
            var bytes = rented.AsSpan(0, byteCount);
            _buffered.ReadExactly(bytes);
            return Encoding.UTF8.GetString(bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public string? ReadNullableString() => ReadBoolean() ? ReadString() : null;

    /// <summary>The fast forms of <see cref="BinaryReader"/>'s reads, for files of millions of small fields.</summary>
    public int ReadInt32() => _buffered.ReadInt32();

    public double ReadDouble() => _buffered.ReadDouble();

    public bool ReadBoolean() => _buffered.ReadBoolean();

    /// <summary>Fills <paramref name="values"/> with consecutive little-endian 32-bit integers.</summary>
    public void ReadInt32s(Span<int> values) => _buffered.ReadExactly(MemoryMarshal.AsBytes(values));

    /// <summary>
    /// Reads a string in <see cref="BinaryWriter.Write(string)"/> format straight into a <see cref="MovieTable"/>'s
    /// text arena, normalising invalid UTF-8 exactly as decoding and re-encoding would (the writer never produces any).
    /// </summary>
    // Runs over the whole catalog once per load: compiled optimised at once rather than first as slow tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ReadUtf8Into(MovieTable.Builder table)
    {
        var byteCount = ReadStringLength();
        var bytes = table.BeginText(byteCount);
        _buffered.ReadExactly(bytes);
        if (!Utf8.IsValid(bytes))
        {
            var normalised = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes));
            normalised.CopyTo(table.BeginText(normalised.Length));
            byteCount = normalised.Length;
        }

        table.EndText(byteCount);
    }

    /// <summary>An optional string written by <see cref="ModelFileWriter.WriteNullableString"/>, into the table's arena.</summary>
    public void ReadNullableUtf8Into(MovieTable.Builder table)
    {
        if (ReadBoolean())
        {
            ReadUtf8Into(table);
        }
        else
        {
            table.AddNullText();
        }
    }

    private int ReadStringLength()
    {
        var byteCount = _buffered.Read7BitEncodedInt();
        if (byteCount < 0 || byteCount > Length)
        {
            throw Fail($"invalid string length {byteCount}.");
        }

        return byteCount;
    }

    /// <summary>Checks nothing follows the payload and the content matches the manifest's checksum.</summary>
    public void Finish(string expectedChecksum)
    {
        if (_buffered.ReadByte() != -1)
        {
            throw Fail("unexpected data after the end of the content.");
        }

        var actual = _checksum.CurrentHex();
        if (!string.Equals(actual, expectedChecksum, StringComparison.OrdinalIgnoreCase))
        {
            throw Fail("checksum does not match the manifest (file modified or corrupted).");
        }
    }

    public void Dispose()
    {
        Reader.Dispose();
        _buffered.Dispose();
        _hashing.Dispose();
        _checksum.Dispose();
    }
}
