using System.Text.Json;
using MovieRecommender.Core.IO;
using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Persistence;

/// <summary>
/// Writes the model files into a staging directory beside the target (same file system), then swaps it in
/// with renames: old → backup, new → target, delete backup. A reader therefore never sees a half-written model;
/// at worst, for an instant, it sees no model and retries. Every file and the staging directory are flushed to
/// disk (fsync) before the renames, and the parent after them, so a power cut leaves the old model or the new one.
/// One publisher per model directory: a publish first clears what an interrupted one left behind.
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
            RecoverInterruptedPublish(target);
            Directory.CreateDirectory(staging);
            var sha256 = new Dictionary<string, string>(StringComparer.Ordinal);
            var fast = new Dictionary<string, string>(StringComparer.Ordinal);
            WriteFiles(model, staging, (name, file) =>
            {
                sha256[name] = file.Complete();
                fast[name] = file.FastChecksum;
            }, cancellationToken);
            var manifest = model.Manifest with { FormatVersion = ModelFormat.Version, Files = sha256, FastChecksums = fast };
            WriteDurably(Path.Combine(staging, ModelFormat.ManifestFile), JsonSerializer.SerializeToUtf8Bytes(manifest, ModelJson.Options));
            DirectorySync.Flush(staging);
            var totalBytes = new DirectoryInfo(staging).EnumerateFiles().Sum(f => f.Length);
            cancellationToken.ThrowIfCancellationRequested();
            SwapIn(staging, target, Path.Combine(parent, $".{name}{BackupPrefix}{suffix}"));
            return new ModelPublishResult(target, manifest, totalBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            TryRecover(target);
            throw new IOException($"Cannot write model directory '{directory}': {ex.Message}", ex);
        }
        catch
        {
            TryDelete(staging);
            TryRecover(target);
            throw;
        }
    }

    /// <summary>
    /// Repairs what an interrupted publish (crash, power cut, killed process) left beside <paramref name="directory"/>:
    /// when the model directory itself is missing but a backup of it survives (the crash came between the two
    /// renames), the backup is renamed back; then every staging (<c>.&lt;name&gt;.tmp-*</c>) and backup
    /// (<c>.&lt;name&gt;.old-*</c>) directory is removed. Idempotent; does nothing when there is nothing to repair.
    /// </summary>
    public static void RecoverInterruptedPublish(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var target = Path.GetFullPath(directory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(target);
        var backups = new DirectoryInfo(parent).GetDirectories($".{name}{BackupPrefix}*")
            .OrderByDescending(d => d.LastWriteTimeUtc)
            .ToList();
        var changed = false;
        if (!Directory.Exists(target))
        {
            var restorable = backups.Find(b => File.Exists(Path.Combine(b.FullName, ModelFormat.ManifestFile)));
            if (restorable is not null)
            {
                Directory.Move(restorable.FullName, target);
                backups.Remove(restorable);
                changed = true;
            }
        }

        foreach (var orphan in backups.Concat(new DirectoryInfo(parent).GetDirectories($".{name}{TempPrefix}*")))
        {
            TryDelete(orphan.FullName);
            changed = true;
        }

        if (changed)
        {
            DirectorySync.Flush(parent);
        }
    }

    private static void TryRecover(string target)
    {
        try
        {
            RecoverInterruptedPublish(target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort after a failure that is already being reported; the next publish repairs again.
        }
    }

    private static void WriteDurably(string path, byte[] content)
    {
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        file.Write(content);
        file.Flush(flushToDisk: true);
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

        if (model.VectorSpace is { } space)
        {
            cancellationToken.ThrowIfCancellationRequested();
            VectorSpaceFiles.Write(space, staging, completed);
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

        // The backup stays until the new name is on disk: a crash before this point is repaired by restoring it.
        DirectorySync.Flush(Path.GetDirectoryName(target)!);
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
