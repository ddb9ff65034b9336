using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Hybrid;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Persistence;

/// <summary>
/// The optional files of a model trained with ratings: <c>cf-similar.bin</c> (item-item neighbours and rating
/// counts), <c>cf-factors.bin</c> (ALS film factors and YᵀY) and <c>ranker.zip</c> (the ML.NET ranking model, stored
/// as ML.NET wrote it). Each is listed with its sha256 in the manifest like every other file; a manifest that lists
/// none of them is a content-only model, and one that lists some but not all is refused.
/// </summary>
internal static class CollaborativeFiles
{
    public const string SimilarFile = "cf-similar.bin";
    public const string FactorsFile = "cf-factors.bin";
    public const string RankerFile = "ranker.zip";
    private const string SimilarMagic = "MRCFSIMS";
    private const string FactorsMagic = "MRCFALSF";
    private const int MaxFactors = 4096;

    public static IReadOnlyList<string> Files { get; } = [SimilarFile, FactorsFile, RankerFile];

    public static bool IsListed(ModelManifest manifest) => Files.Any(manifest.Files.ContainsKey);

    public static void Write(RecommenderModel model, string staging, Action<string, ModelFileWriter> completed, Action<string, string> rawFile)
    {
        if (model.Collaborative is not { } collaborative)
        {
            return;
        }

        if (model.Ranker is null)
        {
            throw new InvalidOperationException("A model with a collaborative part is published with its ranker.");
        }

        using (var file = new ModelFileWriter(Path.Combine(staging, SimilarFile), SimilarMagic))
        {
            file.Writer.Write(collaborative.UserCount);
            file.WriteArray(collaborative.RatingCounts);
            file.WriteArray(collaborative.Similar.Offsets);
            file.WriteArray(collaborative.Similar.Indices);
            file.WriteArray(collaborative.Similar.Scores);
            completed(SimilarFile, file);
        }

        ItemFactors factors = collaborative.Factors;
        using (var file = new ModelFileWriter(Path.Combine(staging, FactorsFile), FactorsMagic))
        {
            file.Writer.Write(factors.FactorCount);
            file.Writer.Write(factors.Regularization);
            file.Writer.Write(factors.Alpha);
            file.WriteArray(factors.RowOf);
            file.WriteArray(factors.Factors);
            file.WriteArray(factors.Gram);
            completed(FactorsFile, file);
        }

        byte[] ranker = model.Ranker.ModelBytes;
        File.WriteAllBytes(Path.Combine(staging, RankerFile), ranker);
        rawFile(RankerFile, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(ranker)));
    }

    /// <exception cref="ModelLoadException">A file is missing, damaged or does not fit the catalog.</exception>
    public static (CollaborativeModel Collaborative, LearnedRanker Ranker) Read(string directory, ModelManifest manifest)
    {
        foreach (var file in Files)
        {
            if (!manifest.Files.ContainsKey(file))
            {
                throw new ModelLoadException(file, "is not listed in the manifest, but other collaborative files are; retrain the model.");
            }
        }

        int films = manifest.MovieCount;
        var (userCount, counts, similar) = ModelReader.ReadFile(directory, manifest, SimilarFile, SimilarMagic, file => ReadSimilar(file, films));
        var factors = ModelReader.ReadFile(directory, manifest, FactorsFile, FactorsMagic, file => ReadFactors(file, films));
        var collaborative = new CollaborativeModel { Similar = similar, Factors = factors, RatingCounts = counts, UserCount = userCount };
        return (collaborative, ReadRanker(directory, manifest));
    }

    private static (int UserCount, int[] Counts, NeighbourGraph Similar) ReadSimilar(ModelFileReader file, int films)
    {
        int users = file.Reader.ReadInt32();
        var counts = file.ReadArray<int>("rating count");
        var offsets = file.ReadArray<int>("offset");
        var indices = file.ReadArray<int>("index");
        var scores = file.ReadArray<float>("similarity");
        if (users < 0 || counts.Length != films || counts.Any(c => c < 0 || c > users))
        {
            throw file.Fail("rating counts do not match the catalog or the user count.");
        }

        if (offsets.Length != films + 1 || offsets[0] != 0 || offsets[^1] != indices.Length || indices.Length != scores.Length)
        {
            throw file.Fail("row offsets do not match the catalog or the entries.");
        }

        for (int row = 0; row < films; row++)
        {
            if (offsets[row + 1] < offsets[row])
            {
                throw file.Fail($"row offsets decrease at row {row}.");
            }
        }

        for (int i = 0; i < indices.Length; i++)
        {
            if ((uint)indices[i] >= (uint)films || !float.IsFinite(scores[i]))
            {
                throw file.Fail($"entry {i} has an index out of range or a non-finite similarity.");
            }
        }

        return (users, counts, new NeighbourGraph(offsets, indices, scores));
    }

    private static ItemFactors ReadFactors(ModelFileReader file, int films)
    {
        int k = file.Reader.ReadInt32();
        double regularization = file.Reader.ReadDouble();
        double alpha = file.Reader.ReadDouble();
        if (k is < 1 or > MaxFactors || !double.IsFinite(regularization) || regularization <= 0 || !double.IsFinite(alpha) || alpha < 0)
        {
            throw file.Fail("factor count, regularization or alpha is out of range.");
        }

        var rowOf = file.ReadArray<int>("row");
        var factors = file.ReadArray<float>("factor");
        var gram = file.ReadArray<double>("gram");
        int rows = factors.Length / k;
        if (rowOf.Length != films || factors.Length % k != 0 || gram.Length != k * k)
        {
            throw file.Fail("factor arrays do not match the catalog or the factor count.");
        }

        var used = new bool[rows];
        foreach (int row in rowOf)
        {
            if (row < -1 || row >= rows || (row >= 0 && !TryUse(used, row)))
            {
                throw file.Fail("a film's factor row is out of range or shared.");
            }
        }

        if (!factors.All(float.IsFinite) || !gram.All(double.IsFinite))
        {
            throw file.Fail("holds a non-finite factor.");
        }

        return new ItemFactors { FactorCount = k, Regularization = regularization, Alpha = alpha, RowOf = rowOf, Factors = factors, Gram = gram };
    }

    private static bool TryUse(bool[] used, int row)
    {
        if (used[row])
        {
            return false;
        }

        used[row] = true;
        return true;
    }

    private static LearnedRanker ReadRanker(string directory, ModelManifest manifest)
    {
        var path = Path.Combine(directory, RankerFile);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ModelLoadException(RankerFile, File.Exists(path) ? $"cannot be read: {ex.Message}" : "file is missing.", ex);
        }

        var actual = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        if (!string.Equals(actual, manifest.Files[RankerFile], StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelLoadException(RankerFile, "sha256 does not match the manifest (file modified or corrupted).");
        }

        try
        {
            return LearnedRanker.Load(bytes);
        }
        catch (InvalidDataException ex)
        {
            throw new ModelLoadException(RankerFile, ex.Message, ex);
        }
    }
}
