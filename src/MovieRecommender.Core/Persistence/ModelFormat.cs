namespace MovieRecommender.Core.Persistence;

/// <summary>
/// File names, magic strings and the format version of a model directory. Each binary file starts with its
/// 8-byte ASCII magic and the format version (int32, little-endian), then its payload.
/// Version history: 1 = initial layout (movies with string table, vocabulary, CSR neighbours and top terms).
/// </summary>
public static class ModelFormat
{
    public const int Version = 1;

    public const string ManifestFile = "manifest.json";
    public const string MoviesFile = "movies.bin";
    public const string VocabularyFile = "vocabulary.bin";
    public const string NeighboursFile = "neighbours.bin";
    public const string TopTermsFile = "topterms.bin";

    /// <summary>Optional: where films can be watched, per region. Read only when the manifest lists it.</summary>
    public const string ProvidersFile = "providers.bin";

    /// <summary>Optional, never read by serving: per-term document frequency and idf, and the terms left out as too common (see <see cref="Model.VectorSpace"/>).</summary>
    public const string TermStatisticsFile = "termstats.bin";

    /// <summary>Optional, never read by serving: every film's full TF-IDF row (CSR), which catalog updates build on.</summary>
    public const string VectorsFile = "vectors.bin";

    internal const string MoviesMagic = "MRMOVIES";
    internal const string VocabularyMagic = "MRVOCABS";
    internal const string NeighboursMagic = "MRNEIGHB";
    internal const string TopTermsMagic = "MRTOPTRM";
    internal const string ProvidersMagic = "MRPROVID";
    internal const string TermStatisticsMagic = "MRTERMST";
    internal const string VectorsMagic = "MRVECTOR";
    internal const int MagicLength = 8;

    /// <summary>Binary files in the order they are written and read.</summary>
    public static IReadOnlyList<string> BinaryFiles { get; } = [MoviesFile, VocabularyFile, NeighboursFile, TopTermsFile];

    /// <summary>Arrays are written as raw bytes; refuse to read or write them on a big-endian machine.</summary>
    internal static void EnsureLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Model files are little-endian; big-endian machines are not supported.");
        }
    }
}
