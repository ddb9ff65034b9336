using System.Text.Json;
using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Persistence;

/// <summary>
/// Writes the model files into a temporary directory beside the target (same file system), then swaps it in
/// with renames: old → backup, new → target, delete backup. A reader therefore never sees a half-written model;
/// at worst, for an instant, it sees no model and retries.
/// </summary>
public sealed class ModelWriter : IModelWriter
{
    private const string TempPrefix = ".tmp-";
    private const string BackupPrefix = ".old-";

    public Task<ModelPublishResult> PublishAsync(RecommenderModel model, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return Task.Run(() => Publish(model, directory, cancellationToken), cancellationToken);
    }

    private static ModelPublishResult Publish(RecommenderModel model, string directory, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(directory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"Model directory '{directory}' has no parent directory.");
        var name = Path.GetFileName(target);
        var suffix = Guid.NewGuid().ToString("N");
        var staging = Path.Combine(parent, $".{name}{TempPrefix}{suffix}");
        try
        {
            Directory.CreateDirectory(staging);
            var sha256 = new Dictionary<string, string>(StringComparer.Ordinal);
            var fast = new Dictionary<string, string>(StringComparer.Ordinal);
            WriteFiles(model, staging, (name, file) =>
            {
                sha256[name] = file.Complete();
                fast[name] = file.FastChecksum;
            }, cancellationToken);
            var manifest = model.Manifest with { FormatVersion = ModelFormat.Version, Files = sha256, FastChecksums = fast };
            File.WriteAllText(Path.Combine(staging, ModelFormat.ManifestFile), JsonSerializer.Serialize(manifest, ModelJson.Options));
            var totalBytes = new DirectoryInfo(staging).EnumerateFiles().Sum(f => f.Length);
            cancellationToken.ThrowIfCancellationRequested();
            SwapIn(staging, target, Path.Combine(parent, $".{name}{BackupPrefix}{suffix}"));
            return new ModelPublishResult(target, manifest, totalBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            throw new IOException($"Cannot write model directory '{directory}': {ex.Message}", ex);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    /// <summary>Writes every binary file; <paramref name="completed"/> completes each one and records its checksums.</summary>
    private static void WriteFiles(
        RecommenderModel model, string staging, Action<string, ModelFileWriter> completed, CancellationToken cancellationToken)
    {
        using (var file = new ModelFileWriter(Path.Combine(staging, ModelFormat.MoviesFile), ModelFormat.MoviesMagic))
        {
            MovieTableSerializer.Write(file, model.Movies);
            completed(ModelFormat.MoviesFile, file);
        }

        cancellationToken.ThrowIfCancellationRequested();
        using (var file = new ModelFileWriter(Path.Combine(staging, ModelFormat.VocabularyFile), ModelFormat.VocabularyMagic))
        {
            file.Writer.Write(model.Terms.Length);
            for (var i = 0; i < model.Terms.Length; i++)
            {
                file.Writer.Write(model.Terms[i]);
                file.Writer.Write((byte)model.TermKinds[i]);
                file.Writer.Write(model.TermLabels[i]);
            }

            completed(ModelFormat.VocabularyFile, file);
        }

        cancellationToken.ThrowIfCancellationRequested();
        WriteCsr(staging, ModelFormat.NeighboursFile, ModelFormat.NeighboursMagic, model.NeighbourOffsets, model.NeighbourIndices,
            model.NeighbourScores, completed);
        WriteCsr(staging, ModelFormat.TopTermsFile, ModelFormat.TopTermsMagic, model.TopTermOffsets, model.TopTermIndices,
            model.TopTermWeights, completed);
        if (model.WatchProviders is { } providers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var file = new ModelFileWriter(Path.Combine(staging, ModelFormat.ProvidersFile), ModelFormat.ProvidersMagic);
            WatchAvailabilitySerializer.Write(file, providers);
            completed(ModelFormat.ProvidersFile, file);
        }
    }

    private static void WriteCsr(
        string staging, string fileName, string magic, int[] offsets, int[] indices, float[] values, Action<string, ModelFileWriter> completed)
    {
        using var file = new ModelFileWriter(Path.Combine(staging, fileName), magic);
        file.WriteArray(offsets);
        file.WriteArray(indices);
        file.WriteArray(values);
        completed(fileName, file);
    }

    private static void SwapIn(string staging, string target, string backup)
    {
        var hadOld = Directory.Exists(target);
        if (hadOld)
        {
            Directory.Move(target, backup);
        }

        try
        {
            Directory.Move(staging, target);
        }
        catch when (hadOld)
        {
            // Put the previous model back so a failed publish leaves the service with what it had.
            Directory.Move(backup, target);
            throw;
        }

        if (hadOld)
        {
            TryDelete(backup);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover hidden temp directory is harmless and never read as a model.
        }
    }
}
