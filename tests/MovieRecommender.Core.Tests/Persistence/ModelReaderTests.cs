using MovieRecommender.Core.Model;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Persistence;

public sealed class ModelReaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ModelReader _reader = new();

    public void Dispose() => _temp.Dispose();

    private async Task<(RecommenderModel Original, string Directory)> PublishTinyModelAsync()
    {
        var model = TinyModel.Build();
        var directory = _temp.File("model");
        await new ModelWriter().PublishAsync(model, directory);
        return (model, directory);
    }

    [Fact]
    public async Task ReadAsync_PublishedModel_RoundTripsEveryField()
    {
        var (original, directory) = await PublishTinyModelAsync();

        var loaded = await _reader.ReadAsync(directory);

        Assert.Equal(original.Movies, loaded.Movies, MovieEquality.Instance);
        Assert.Equal(original.NeighbourOffsets, loaded.NeighbourOffsets);
        Assert.Equal(original.NeighbourIndices, loaded.NeighbourIndices);
        Assert.Equal(original.NeighbourScores, loaded.NeighbourScores);
        Assert.Equal(original.Terms, loaded.Terms);
        Assert.Equal(original.TermKinds, loaded.TermKinds);
        Assert.Equal(original.TermLabels, loaded.TermLabels);
        Assert.Equal(original.TopTermOffsets, loaded.TopTermOffsets);
        Assert.Equal(original.TopTermIndices, loaded.TopTermIndices);
        Assert.Equal(original.TopTermWeights, loaded.TopTermWeights);
        Assert.Equal(original.Manifest.ModelVersion, loaded.Manifest.ModelVersion);
        Assert.Equal(ModelFormat.Version, loaded.Manifest.FormatVersion);
        Assert.Equal(ModelFormat.BinaryFiles.Append(ModelFormat.TermStatisticsFile).Append(ModelFormat.VectorsFile).Order(), loaded.Manifest.Files.Keys.Order());
    }

    [Fact]
    public async Task ReadAsync_EdgeCaseCatalog_RoundTripsEveryFieldThroughTheTable()
    {
        var movies = Catalog.MovieTableTests.EdgeCaseMovies();
        var tiny = TinyModel.Build();
        var model = new RecommenderModel
        {
            Manifest = tiny.Manifest with { MovieCount = movies.Count },
            Movies = movies,
            NeighbourOffsets = new int[movies.Count + 1],
            NeighbourIndices = [],
            NeighbourScores = [],
            Terms = tiny.Terms,
            TermKinds = tiny.TermKinds,
            TermLabels = tiny.TermLabels,
            TopTermOffsets = new int[movies.Count + 1],
            TopTermIndices = [],
            TopTermWeights = [],
        };
        var directory = _temp.File("edge");
        await new ModelWriter().PublishAsync(model, directory);

        var loaded = await _reader.ReadAsync(directory);

        Assert.Equal(movies, loaded.Movies, MovieEquality.Instance);
        Assert.Equal(movies, loaded.Movies);
        for (int i = 0; i < movies.Count; i++)
        {
            Assert.Equal(movies[i].Overview, loaded.Movies[i].Overview);
            Assert.Equal(movies[i].Tagline, loaded.Movies[i].Tagline);
            Assert.Equal(movies[i].Cast, loaded.Table.CastAt(i).ToArray());
        }
    }

    [Fact]
    public async Task ReadAsync_Progress_ReachesOne()
    {
        var (_, directory) = await PublishTinyModelAsync();
        var reports = new List<double>();

        await _reader.ReadAsync(directory, new InlineProgress(reports.Add));

        Assert.Equal(1.0, reports[^1], 6);
        Assert.Equal(reports.Order(), reports);
    }

    [Theory]
    [InlineData(ModelFormat.MoviesFile)]
    [InlineData(ModelFormat.VocabularyFile)]
    [InlineData(ModelFormat.NeighboursFile)]
    [InlineData(ModelFormat.TopTermsFile)]
    public async Task ReadAsync_TamperedFile_ThrowsNamingTheFile(string fileName)
    {
        var (_, directory) = await PublishTinyModelAsync();
        var path = Path.Combine(directory, fileName);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[^1] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes);

        var error = await Assert.ThrowsAsync<ModelLoadException>(() => _reader.ReadAsync(directory));

        Assert.Equal(fileName, error.FileName);
    }

    [Theory]
    [InlineData(ModelFormat.MoviesFile)]
    [InlineData(ModelFormat.VocabularyFile)]
    [InlineData(ModelFormat.NeighboursFile)]
    [InlineData(ModelFormat.TopTermsFile)]
    public async Task ReadAsync_TruncatedFile_ThrowsNamingTheFile(string fileName)
    {
        var (_, directory) = await PublishTinyModelAsync();
        var path = Path.Combine(directory, fileName);
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length - 3)]);

        var error = await Assert.ThrowsAsync<ModelLoadException>(() => _reader.ReadAsync(directory));

        // The log line names the file and says what is wrong with it, so the operator knows to re-publish it.
        Assert.Equal(fileName, error.FileName);
        Assert.Equal($"{fileName}: is truncated.", error.Message);
    }

    [Fact]
    public async Task ReadAsync_SeveralTamperedFiles_ThrowsNamingTheFirstInFileOrder()
    {
        // The files are read concurrently; the error must still be the one a file-by-file read reports first.
        var (_, directory) = await PublishTinyModelAsync();
        foreach (var fileName in new[] { ModelFormat.MoviesFile, ModelFormat.TopTermsFile, ModelFormat.NeighboursFile })
        {
            var path = Path.Combine(directory, fileName);
            var bytes = await File.ReadAllBytesAsync(path);
            bytes[^1] ^= 0x01;
            await File.WriteAllBytesAsync(path, bytes);
        }

        var error = await Assert.ThrowsAsync<ModelLoadException>(() => _reader.ReadAsync(directory));

        Assert.Equal(ModelFormat.MoviesFile, error.FileName);
    }

    [Fact]
    public async Task ReadAsync_MissingBinaryFile_ThrowsNamingTheFile()
    {
        var (_, directory) = await PublishTinyModelAsync();
        File.Delete(Path.Combine(directory, ModelFormat.NeighboursFile));

        var error = await Assert.ThrowsAsync<ModelLoadException>(() => _reader.ReadAsync(directory));

        Assert.Equal(ModelFormat.NeighboursFile, error.FileName);
        Assert.Equal($"{ModelFormat.NeighboursFile}: file is missing.", error.Message);
    }

    [Fact]
    public async Task ReadAsync_MissingManifest_ThrowsNamingManifest()
    {
        var error = await Assert.ThrowsAsync<ModelLoadException>(() => _reader.ReadAsync(_temp.Path));

        Assert.Equal(ModelFormat.ManifestFile, error.FileName);
        Assert.Equal($"{ModelFormat.ManifestFile}: file is missing in '{_temp.Path}'.", error.Message);
        Assert.False(_reader.ModelExists(_temp.Path));
    }

    [Theory]
    [InlineData("{ not json", "is not a valid manifest")]
    [InlineData("{}", "is not a valid manifest")]
    [InlineData("null", "is empty or lists no files.")]
    public async Task ReadAsync_InvalidManifest_ThrowsNamingManifest(string content, string expectedFault)
    {
        var (_, directory) = await PublishTinyModelAsync();
        await File.WriteAllTextAsync(Path.Combine(directory, ModelFormat.ManifestFile), content);

        var error = await Assert.ThrowsAsync<ModelLoadException>(() => _reader.ReadAsync(directory));

        Assert.Equal(ModelFormat.ManifestFile, error.FileName);
        Assert.Contains(expectedFault, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_OtherFormatVersion_ThrowsNamingManifest()
    {
        var (_, directory) = await PublishTinyModelAsync();
        var path = Path.Combine(directory, ModelFormat.ManifestFile);
        var json = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, json.Replace($"\"formatVersion\": {ModelFormat.Version}", "\"formatVersion\": 99", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<ModelLoadException>(() => _reader.ReadAsync(directory));

        Assert.Equal(ModelFormat.ManifestFile, error.FileName);
        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_SwappedMagic_ThrowsNamingTheFile()
    {
        var (_, directory) = await PublishTinyModelAsync();
        File.Copy(Path.Combine(directory, ModelFormat.TopTermsFile), Path.Combine(directory, ModelFormat.NeighboursFile), overwrite: true);

        var error = await Assert.ThrowsAsync<ModelLoadException>(() => _reader.ReadAsync(directory));

        Assert.Equal(ModelFormat.NeighboursFile, error.FileName);
    }

    private sealed class InlineProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
