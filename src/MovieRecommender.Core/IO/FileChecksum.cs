using System.IO.Hashing;
using System.Security.Cryptography;

namespace MovieRecommender.Core.IO;

/// <summary>
/// The checksum a model file is verified with. sha256 is kept for publishing and for the trainer's <c>verify</c>
/// command (tamper evidence, comparable with <c>sha256sum</c>); XxHash128 is what the app checks at every load: it
/// detects corruption just as well and runs at memory speed, where sha256 of a million-film model costs a core for
/// most of a second.
/// </summary>
internal sealed class FileChecksum : IDisposable
{
    private readonly IncrementalHash? _sha256;
    private readonly XxHash128? _xxHash128;

    private FileChecksum(IncrementalHash? sha256, XxHash128? xxHash128)
    {
        _sha256 = sha256;
        _xxHash128 = xxHash128;
    }

    public static FileChecksum Sha256() => new(IncrementalHash.CreateHash(HashAlgorithmName.SHA256), null);

    public static FileChecksum XxHash128() => new(null, new XxHash128());

    public void Append(ReadOnlySpan<byte> data)
    {
        _sha256?.AppendData(data);
        _xxHash128?.Append(data);
    }

    /// <summary>Lower-case hex of everything appended so far.</summary>
    public string CurrentHex() =>
        _sha256 is not null ? Convert.ToHexStringLower(_sha256.GetCurrentHash()) : Convert.ToHexStringLower(_xxHash128!.GetCurrentHash());

    public void Dispose() => _sha256?.Dispose();
}
