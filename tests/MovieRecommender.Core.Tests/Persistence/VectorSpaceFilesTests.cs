using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Persistence;

public sealed class VectorSpaceFilesTests : IDisposable
{
    private static readonly string Version1Fixture = Path.Combine(AppContext.BaseDirectory, "Persistence", "Fixtures", "model-v1");

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Read_PublishedModel_RoundTripsTheVectorSpace()
    {
        var model = TinyModel.Build();
        var directory = _temp.File("model");
        await new ModelWriter().PublishAsync(model, directory);
        var manifest = (await new ModelReader().ReadAsync(directory)).Manifest;

        var space = VectorSpaceFiles.Read(directory, manifest);

        var original = model.VectorSpace!;
        Assert.True(VectorSpaceFiles.IsPresent(manifest));
        Assert.Equal(original.DocumentFrequencies, space.DocumentFrequencies);
        Assert.Equal(original.InverseDocumentFrequencies, space.InverseDocumentFrequencies);
        Assert.Equal(original.CommonTerms, space.CommonTerms);
        Assert.Equal(original.Vectors.RowOffsets, space.Vectors.RowOffsets);
        Assert.Equal(original.Vectors.ColumnIndices, space.Vectors.ColumnIndices);
        Assert.Equal(original.Vectors.Values, space.Vectors.Values);
    }

    [Theory]
    [InlineData(ModelFormat.TermStatisticsFile)]
    [InlineData(ModelFormat.VectorsFile)]
    public async Task Read_DamagedFile_ThrowsNamingTheFile(string fileName)
    {
        var directory = _temp.File("model");
        await new ModelWriter().PublishAsync(TinyModel.Build(), directory);
        var manifest = (await new ModelReader().ReadAsync(directory)).Manifest;
        var path = Path.Combine(directory, fileName);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[^1] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes);

        var error = Assert.Throws<ModelLoadException>(() => VectorSpaceFiles.Read(directory, manifest));

        Assert.Equal(fileName, error.FileName);
    }

    [Fact]
    public async Task IsPresent_ModelWrittenBeforeUpdatesExisted_IsFalseAndTheModelStillLoads()
    {
        var model = await new ModelReader().ReadAsync(Version1Fixture);

        Assert.False(VectorSpaceFiles.IsPresent(model.Manifest));
        Assert.Null(model.VectorSpace);
    }
}
