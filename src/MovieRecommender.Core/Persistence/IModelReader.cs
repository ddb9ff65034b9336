using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Persistence;

/// <summary>Loads and verifies a published model directory.</summary>
public interface IModelReader
{
    /// <summary>True when <paramref name="directory"/> holds a manifest (it may still be invalid).</summary>
    bool ModelExists(string directory);

    /// <exception cref="ModelLoadException">A file is missing, truncated, tampered with or of another format version.</exception>
    Task<RecommenderModel> ReadAsync(
        string directory,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default);
}
