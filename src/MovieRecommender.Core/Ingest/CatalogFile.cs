using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using MovieRecommender.Core.IO;

namespace MovieRecommender.Core.Ingest;

/// <summary>
/// An opened catalog file: plain or gzip (detected by magic bytes, not by extension, because users rename
/// files), hashed and byte-counted as it is read.
/// </summary>
internal sealed class CatalogFile : IDisposable
{
    private const byte GzipMagic1 = 0x1f;
    private const byte GzipMagic2 = 0x8b;
    private const int BufferSize = 1 << 16;

    private readonly HashingReadStream _raw;

    private CatalogFile(string path, HashingReadStream raw, TextReader reader, long length)
    {
        Path = path;
        _raw = raw;
        Reader = reader;
        Length = length;
    }

    public string Path { get; }

    public TextReader Reader { get; }

    public long Length { get; }

    /// <summary>Compressed bytes consumed so far; with <see cref="Length"/> gives read progress.</summary>
    public long BytesRead => _raw.BytesRead;

    public double Fraction => Length == 0 ? 1 : Math.Min(1, (double)BytesRead / Length);

    /// <exception cref="CatalogFormatException">The file does not exist or cannot be opened.</exception>
    public static CatalogFile Open(string path, IncrementalHash hash)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CatalogFormatException("No catalog file was given.");
        }

        if (!File.Exists(path))
        {
            throw new CatalogFormatException($"Catalog file '{path}' was not found.");
        }

        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CatalogFormatException($"Catalog file '{path}' cannot be opened: {ex.Message}", ex);
        }

        var isGzip = StartsWithGzipMagic(file);
        var raw = new HashingReadStream(file, hash);
        Stream content = isGzip ? new GZipStream(raw, CompressionMode.Decompress) : raw;
        var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, BufferSize);
        return new CatalogFile(path, raw, reader, file.Length);
    }

    public void Dispose() => Reader.Dispose();

    private static bool StartsWithGzipMagic(FileStream file)
    {
        Span<byte> magic = stackalloc byte[2];
        var read = file.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
        file.Position = 0;
        return read == magic.Length && magic[0] == GzipMagic1 && magic[1] == GzipMagic2;
    }
}
