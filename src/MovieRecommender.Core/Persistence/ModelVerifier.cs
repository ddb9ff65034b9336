using System.Text.Json;
using MovieRecommender.Core.IO;
using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Persistence;

/// <summary>
/// Full check of a published model directory, for operators (the trainer's <c>verify</c> command): every file's
/// sha256 recomputed against the manifest (the tamper-evident hash written at publish), the fast XxHash128 too when
/// the manifest has it, then a complete load through <see cref="IModelReader"/>, which validates the content.
/// </summary>
public sealed class ModelVerifier(IModelReader reader)
{
    private const int BufferSize = 1 << 20;

    /// <exception cref="ModelLoadException">The manifest is missing or unreadable, or the model does not load.</exception>
    public async Task<IReadOnlyList<VerifiedModelFile>> VerifyAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var manifest = await ReadManifestAsync(directory, cancellationToken).ConfigureAwait(false);
        var results = new List<VerifiedModelFile>();
        foreach (var (name, sha256) in manifest.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            string? fast = null;
            _ = manifest.FastChecksums?.TryGetValue(name, out fast);
            results.Add(await VerifyFileAsync(directory, name, sha256, fast, cancellationToken).ConfigureAwait(false));
        }

        if (results.TrueForAll(r => r.IsValid))
        {
            // Checksums say the bytes are the published ones; the load says they are a model this version can serve.
            await reader.ReadAsync(directory, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return results;
    }

    private static async Task<ModelManifest> ReadManifestAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, ModelFormat.ManifestFile);
        if (!File.Exists(path))
        {
            throw new ModelLoadException(ModelFormat.ManifestFile, $"file is missing in '{directory}'.");
        }

        try
        {
            await using var stream = File.OpenRead(path);
            var manifest = await JsonSerializer.DeserializeAsync<ModelManifest>(stream, ModelJson.Options, cancellationToken).ConfigureAwait(false);
            return manifest is { Files: not null } ? manifest : throw new ModelLoadException(ModelFormat.ManifestFile, "is empty or lists no files.");
        }
        catch (JsonException ex)
        {
            throw new ModelLoadException(ModelFormat.ManifestFile, $"is not a valid manifest: {ex.Message}", ex);
        }
    }

    private static async Task<VerifiedModelFile> VerifyFileAsync(
        string directory, string name, string sha256, string? fast, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, name);
        if (!File.Exists(path))
        {
            return new VerifiedModelFile(name, 0, VerifiedModelFile.Missing);
        }

        using var sha = FileChecksum.Sha256();
        using var xx = FileChecksum.XxHash128();
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        var buffer = new byte[BufferSize];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            sha.Append(buffer.AsSpan(0, read));
            xx.Append(buffer.AsSpan(0, read));
        }

        var problem = !string.Equals(sha.CurrentHex(), sha256, StringComparison.OrdinalIgnoreCase) ? VerifiedModelFile.Sha256Mismatch
            : fast is not null && !string.Equals(xx.CurrentHex(), fast, StringComparison.OrdinalIgnoreCase) ? VerifiedModelFile.FastChecksumMismatch
            : null;
        return new VerifiedModelFile(name, stream.Length, problem);
    }
}
