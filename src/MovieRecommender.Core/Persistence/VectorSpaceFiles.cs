using MovieRecommender.Core.Model;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Persistence;

/// <summary>
/// Writes and reads a model's <see cref="VectorSpace"/> (termstats.bin, vectors.bin). Both files are optional: the
/// web app never reads them, and a model without them can be served but not updated.
/// </summary>
public static class VectorSpaceFiles
{
    internal static void Write(VectorSpace space, string staging, Action<string, ModelFileWriter> completed)
    {
        using (var file = new ModelFileWriter(Path.Combine(staging, ModelFormat.TermStatisticsFile), ModelFormat.TermStatisticsMagic))
        {
            file.WriteArray(space.DocumentFrequencies);
            file.WriteArray(space.InverseDocumentFrequencies);
            file.Writer.Write(space.CommonTerms.Length);
            foreach (var term in space.CommonTerms)
            {
                file.Writer.Write(term);
            }

            completed(ModelFormat.TermStatisticsFile, file);
        }

        using (var file = new ModelFileWriter(Path.Combine(staging, ModelFormat.VectorsFile), ModelFormat.VectorsMagic))
        {
            file.WriteArray(space.Vectors.RowOffsets);
            file.WriteArray(space.Vectors.ColumnIndices);
            file.WriteArray(space.Vectors.Values);
            completed(ModelFormat.VectorsFile, file);
        }
    }

    /// <summary>True when the manifest lists both files (the model was trained by a version that writes them).</summary>
    public static bool IsPresent(ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return manifest.Files.ContainsKey(ModelFormat.TermStatisticsFile) && manifest.Files.ContainsKey(ModelFormat.VectorsFile);
    }

    /// <summary>Reads and verifies both files against <paramref name="manifest"/> (sha256, counts, ranges).</summary>
    /// <exception cref="ModelLoadException">A file is missing, damaged or does not match the manifest.</exception>
    public static VectorSpace Read(string directory, ModelManifest manifest)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(manifest);
        var (frequencies, idf, common) = ModelReader.ReadFile(directory, manifest, ModelFormat.TermStatisticsFile,
            ModelFormat.TermStatisticsMagic, file => ReadTermStatistics(file, manifest));
        var (offsets, indices, values) = ModelReader.ReadFile(directory, manifest, ModelFormat.VectorsFile, ModelFormat.VectorsMagic,
            file => ModelReader.ReadCsr(file, manifest.MovieCount, manifest.TermCount));
        return new VectorSpace
        {
            DocumentFrequencies = frequencies,
            InverseDocumentFrequencies = idf,
            CommonTerms = common,
            Vectors = new SparseMatrix(manifest.TermCount, offsets, indices, values),
        };
    }

    private static (int[] Frequencies, float[] Idf, string[] Common) ReadTermStatistics(ModelFileReader file, ModelManifest manifest)
    {
        var frequencies = file.ReadArray<int>("document frequency");
        var idf = file.ReadArray<float>("idf");
        if (frequencies.Length != manifest.TermCount || idf.Length != manifest.TermCount)
        {
            throw file.Fail($"{frequencies.Length} frequencies and {idf.Length} idf do not match the manifest's {manifest.TermCount} terms.");
        }

        for (var term = 0; term < frequencies.Length; term++)
        {
            if (frequencies[term] < 0 || frequencies[term] > manifest.MovieCount || !float.IsFinite(idf[term]) || idf[term] <= 0)
            {
                throw file.Fail($"term #{term} has document frequency {frequencies[term]} and idf {idf[term]}.");
            }
        }

        var common = new string[file.ReadCount(1, "common term")];
        for (var i = 0; i < common.Length; i++)
        {
            common[i] = file.ReadString();
        }

        return (frequencies, idf, common);
    }
}
