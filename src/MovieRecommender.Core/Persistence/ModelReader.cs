using System.Text.Json;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Hybrid;
using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Persistence;

/// <summary>
/// Loads a model directory written by <see cref="ModelWriter"/>: checks the manifest and format version, verifies
/// every file's checksum (XxHash128 from the manifest, or sha256 for models written before it) in the same pass
/// that parses it, and validates values (offsets monotonic, indices in
/// range, scores finite). Any problem becomes a <see cref="ModelLoadException"/> naming the file.
/// </summary>
public sealed class ModelReader : IModelReader
{
    public bool ModelExists(string directory) =>
        !string.IsNullOrWhiteSpace(directory) && File.Exists(Path.Combine(directory, ModelFormat.ManifestFile));

    public Task<RecommenderModel> ReadAsync(string directory, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return Task.Run(() => ReadCoreAsync(directory, progress, cancellationToken), cancellationToken);
    }

    private static async Task<RecommenderModel> ReadCoreAsync(string directory, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var manifest = ReadManifest(directory);
        var sizes = ModelFormat.BinaryFiles.Select(f => SizeOf(directory, f)).ToArray();
        var tracker = new ReadProgress(sizes.Sum(), progress);
        T Completed<T>(int fileIndex, T result)
        {
            tracker.Add(sizes[fileIndex]);
            cancellationToken.ThrowIfCancellationRequested();
            return result;
        }

        // The files are independent, so they are read and hashed concurrently (at 1M films, parsing movies.bin
        // overlaps hashing the CSR files). The CSR checks use the manifest's counts, which the movies and
        // vocabulary checks enforce.
        var moviesTask = Task.Run(() => Completed(0, ReadMovies(directory, manifest)));
        var vocabularyTask = Task.Run(() => Completed(1, ReadVocabularyFile(directory, manifest)));
        var neighboursTask = Task.Run(() => Completed(2, ReadFile(directory, manifest, ModelFormat.NeighboursFile,
            ModelFormat.NeighboursMagic, file => ReadCsr(file, manifest.MovieCount, manifest.MovieCount))));
        var topTermsTask = Task.Run(() => Completed(3, ReadFile(directory, manifest, ModelFormat.TopTermsFile,
            ModelFormat.TopTermsMagic, file => ReadCsr(file, manifest.MovieCount, manifest.TermCount))));

        // A model trained with ratings lists its collaborative files too; a content-only model lists none.
        var collaborativeTask = CollaborativeFiles.IsListed(manifest)
            ? Task.Run(() => ((CollaborativeModel, LearnedRanker)?)CollaborativeFiles.Read(directory, manifest))
            : Task.FromResult<(CollaborativeModel, LearnedRanker)?>(null);

        // Wait for every file, then take the results in file order: the first failure rethrown is the one a
        // file-by-file read would have reported (WhenAll alone may report whichever failed first in time).
        var all = Task.WhenAll(moviesTask, vocabularyTask, neighboursTask, topTermsTask, collaborativeTask);
        await all.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _ = all.Exception; // observed here; the failure itself surfaces below
        // Stryker disable Boolean : equivalent; the tasks have completed and this runs on the thread pool, which has no context to return to.
        var movies = await moviesTask.ConfigureAwait(false);
        var (terms, kinds, labels) = await vocabularyTask.ConfigureAwait(false);
        var neighbours = await neighboursTask.ConfigureAwait(false);
        var topTerms = await topTermsTask.ConfigureAwait(false);
        var collaborative = await collaborativeTask.ConfigureAwait(false);
        // Stryker restore Boolean

        // Optional and small next to the rest: read after them. Listed but missing or damaged is an error like any file.
        var providers = manifest.Files.ContainsKey(ModelFormat.ProvidersFile)
            ? ReadFile(directory, manifest, ModelFormat.ProvidersFile, ModelFormat.ProvidersMagic, WatchAvailabilitySerializer.Read)
            : null;

        return new RecommenderModel
        {
            Manifest = manifest,
            Movies = movies,
            NeighbourOffsets = neighbours.Offsets,
            NeighbourIndices = neighbours.Indices,
            NeighbourScores = neighbours.Values,
            Terms = terms,
            TermKinds = kinds,
            TermLabels = labels,
            TopTermOffsets = topTerms.Offsets,
            TopTermIndices = topTerms.Indices,
            TopTermWeights = topTerms.Values,
            Collaborative = collaborative?.Item1,
            Ranker = collaborative?.Item2,
            WatchProviders = providers,
        };
    }

    internal static MovieTable ReadMovies(string directory, ModelManifest manifest)
    {
        var movies = ReadFile(directory, manifest, ModelFormat.MoviesFile, ModelFormat.MoviesMagic, MovieTableSerializer.Read);
        RequireCount(ModelFormat.MoviesFile, "movies", movies.Count, manifest.MovieCount);
        return movies;
    }

    private static (string[] Terms, TermKind[] Kinds, string[] Labels) ReadVocabularyFile(string directory, ModelManifest manifest)
    {
        var vocabulary = ReadFile(directory, manifest, ModelFormat.VocabularyFile, ModelFormat.VocabularyMagic, ReadVocabulary);
        RequireCount(ModelFormat.VocabularyFile, "terms", vocabulary.Terms.Length, manifest.TermCount);
        return vocabulary;
    }

    internal static ModelManifest ReadManifest(string directory)
    {
        var path = Path.Combine(directory, ModelFormat.ManifestFile);
        if (!File.Exists(path))
        {
            throw new ModelLoadException(ModelFormat.ManifestFile, $"file is missing in '{directory}'.");
        }

        ModelManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(path), ModelJson.Options);
        }
        catch (JsonException ex)
        {
            throw new ModelLoadException(ModelFormat.ManifestFile, $"is not a valid manifest: {ex.Message}", ex);
        }

        if (manifest is null || manifest.Files is null)
        {
            throw new ModelLoadException(ModelFormat.ManifestFile, "is empty or lists no files.");
        }

        if (manifest.FormatVersion != ModelFormat.Version)
        {
            throw new ModelLoadException(
                ModelFormat.ManifestFile, $"format version {manifest.FormatVersion} is not supported (expected {ModelFormat.Version}); retrain the model.");
        }

        if (manifest.MovieCount < 0 || manifest.TermCount < 0)
        {
            throw new ModelLoadException(ModelFormat.ManifestFile, "has negative counts.");
        }

        foreach (var file in ModelFormat.BinaryFiles)
        {
            if (!manifest.Files.ContainsKey(file))
            {
                throw new ModelLoadException(file, "is not listed in the manifest.");
            }
        }

        return manifest;
    }

    internal static T ReadFile<T>(string directory, ModelManifest manifest, string fileName, string magic, Func<ModelFileReader, T> parse)
    {
        try
        {
            // The fast checksum when the manifest has one (models written since it exists); sha256 otherwise.
            string? fast = null;
            var useFast = manifest.FastChecksums?.TryGetValue(fileName, out fast) == true;
            using var file = new ModelFileReader(directory, fileName, magic, useFast);
            var result = parse(file);
            file.Finish(useFast ? fast! : manifest.Files[fileName]);
            return result;
        }
        catch (EndOfStreamException ex)
        {
            throw new ModelLoadException(fileName, "is truncated.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException or OverflowException)
        {
            throw new ModelLoadException(fileName, $"cannot be read: {ex.Message}", ex);
        }
    }

    private static (string[] Terms, TermKind[] Kinds, string[] Labels) ReadVocabulary(ModelFileReader file)
    {
        var count = file.ReadCount(sizeof(byte) * 3, "term");
        var terms = new string[count];
        var kinds = new TermKind[count];
        var labels = new string[count];
        for (var i = 0; i < count; i++)
        {
            terms[i] = file.ReadString();
            var kind = (TermKind)file.Reader.ReadByte();
            if (!Enum.IsDefined(kind) || kind == TermKind.CoLiked)
            {
                throw file.Fail($"term #{i} has unknown kind {(byte)kind}.");
            }

            kinds[i] = kind;
            labels[i] = file.ReadString();
        }

        return (terms, kinds, labels);
    }

    internal static (int[] Offsets, int[] Indices, float[] Values) ReadCsr(ModelFileReader file, int rowCount, int columnCount)
    {
        var offsets = file.ReadArray<int>("offset");
        var indices = file.ReadArray<int>("index");
        var values = file.ReadArray<float>("value");
        if (offsets.Length != rowCount + 1 || offsets[0] != 0 || offsets[^1] != indices.Length || indices.Length != values.Length)
        {
            throw file.Fail("row offsets do not match the catalog or the entries.");
        }

        for (var row = 0; row < rowCount; row++)
        {
            if (offsets[row + 1] < offsets[row])
            {
                throw file.Fail($"row offsets decrease at row {row}.");
            }
        }

        for (var i = 0; i < indices.Length; i++)
        {
            if ((uint)indices[i] >= (uint)columnCount)
            {
                throw file.Fail($"entry {i} has index {indices[i]} out of range.");
            }

            if (!float.IsFinite(values[i]))
            {
                throw file.Fail($"entry {i} has a non-finite value.");
            }
        }

        return (offsets, indices, values);
    }

    private static void RequireCount(string fileName, string what, int actual, int expected)
    {
        if (actual != expected)
        {
            throw new ModelLoadException(fileName, $"holds {actual} {what} but the manifest says {expected}.");
        }
    }

    private static long SizeOf(string directory, string fileName)
    {
        var info = new FileInfo(Path.Combine(directory, fileName));
        return info.Exists ? info.Length : 0;
    }
}
