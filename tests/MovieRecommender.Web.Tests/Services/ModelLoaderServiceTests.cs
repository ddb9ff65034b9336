using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Training;
using MovieRecommender.Web.Services;
using MovieRecommender.Web.Settings;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Services;

public sealed class ModelLoaderServiceTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("movierec-loader-").FullName;
    private readonly Mock<IModelReader> _reader = new();
    private readonly Mock<ITrainingPipeline> _pipeline = new();
    private readonly Mock<IRecommenderService> _recommender = new();
    private readonly ModelLoadState _state = new();
    private readonly ModelSettings _settings = new() { InitialRetryDelaySeconds = 2, MaxRetryDelaySeconds = 60 };

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task TryLoad_EmptyModelFolder_TrainsFromDemoCatalogThenServes()
    {
        var catalog = Path.Combine(_root, "movies.csv");
        await File.WriteAllTextAsync(catalog, "id,title\n");
        _settings.DemoCatalog = catalog;
        _settings.DemoCredits = null;
        _reader.Setup(r => r.ModelExists(It.IsAny<string>())).Returns(false);
        _pipeline.Setup(p => p.TrainAsync(It.IsAny<TrainingRequest>(), It.IsAny<IProgress<TrainingProgress>>(), It.IsAny<CancellationToken>()))
            .Callback<TrainingRequest, IProgress<TrainingProgress>?, CancellationToken>((_, progress, _) => progress!.Report(new TrainingProgress(TrainingStage.Vectorize, 0.5)))
            .ReturnsAsync((TrainingSummary)null!);
        _reader.Setup(r => r.ReadAsync(It.IsAny<string>(), It.IsAny<IProgress<double>>(), It.IsAny<CancellationToken>())).ReturnsAsync(TinyModel("v-demo"));

        var loaded = await CreateService().TryLoadAsync(CancellationToken.None);

        Assert.True(loaded);
        _pipeline.Verify(p => p.TrainAsync(
            It.Is<TrainingRequest>(r => r.InputPath == catalog && r.OutputDirectory == Path.Combine(_root, "models")),
            It.IsAny<IProgress<TrainingProgress>>(), It.IsAny<CancellationToken>()), Times.Once);
        _recommender.Verify(r => r.UseModel(It.Is<RecommenderModel>(m => m.Manifest.ModelVersion == "v-demo"), It.IsAny<TimeSpan>()), Times.Once);
        Assert.Equal(ModelLoadStatus.Ready, _state.Current.Status);
        Assert.Equal("v-demo", _state.Current.ModelVersion);
    }

    [Fact]
    public async Task TryLoad_NoModelAndNoDemoCatalog_FailsNamingTheSetting()
    {
        _settings.DemoCatalog = Path.Combine(_root, "missing.csv");
        _reader.Setup(r => r.ModelExists(It.IsAny<string>())).Returns(false);

        var loaded = await CreateService().TryLoadAsync(CancellationToken.None);

        Assert.False(loaded);
        Assert.Equal(ModelLoadStatus.Failed, _state.Current.Status);
        Assert.Contains("Model:DemoCatalog", _state.Current.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryLoad_CorruptModelNothingServed_MarksFailed()
    {
        _reader.Setup(r => r.ModelExists(It.IsAny<string>())).Returns(true);
        _reader.Setup(r => r.ReadAsync(It.IsAny<string>(), It.IsAny<IProgress<double>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ModelLoadException("neighbours.bin", "truncated"));

        var loaded = await CreateService().TryLoadAsync(CancellationToken.None);

        Assert.False(loaded);
        Assert.Equal(ModelLoadStatus.Failed, _state.Current.Status);
        Assert.Equal("neighbours.bin: truncated", _state.Current.LastError);
    }

    [Fact]
    public async Task TryLoad_BadReloadWhileServing_KeepsOldModelAndMarksDegraded()
    {
        _state.MarkReady("v-old", 10, DateTimeOffset.UnixEpoch);
        _recommender.SetupGet(r => r.IsReady).Returns(true);
        _reader.Setup(r => r.ModelExists(It.IsAny<string>())).Returns(true);
        _reader.Setup(r => r.ReadAsync(It.IsAny<string>(), It.IsAny<IProgress<double>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ModelLoadException("manifest.json", "checksum mismatch"));

        var loaded = await CreateService().TryLoadAsync(CancellationToken.None);

        Assert.False(loaded);
        _recommender.Verify(r => r.UseModel(It.IsAny<RecommenderModel>(), It.IsAny<TimeSpan>()), Times.Never);
        Assert.Equal(ModelLoadStatus.Degraded, _state.Current.Status);
        Assert.Equal("v-old", _state.Current.ModelVersion);
        Assert.Contains("checksum mismatch", _state.Current.LastError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 4)]
    [InlineData(3, 16)]
    [InlineData(10, 60)]
    [InlineData(1000, 60)]
    public void RetryDelay_AfterFailures_GrowsExponentiallyUpToTheCap(int failures, int expectedSeconds)
    {
        var delay = CreateService().RetryDelay(failures);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
    }

    private ModelLoaderService CreateService()
    {
        var environment = new Mock<IHostEnvironment>();
        environment.SetupGet(e => e.ContentRootPath).Returns(_root);
        var options = Microsoft.Extensions.Options.Options.Create(_settings);
        return new ModelLoaderService(
            _reader.Object, _pipeline.Object, _recommender.Object, _state, new ModelReloadTrigger(),
            new ModelPaths(options, environment.Object), options, TimeProvider.System, NullLogger<ModelLoaderService>.Instance);
    }

    private static RecommenderModel TinyModel(string version) => new()
    {
        Manifest = new ModelManifest
        {
            FormatVersion = 1, ModelVersion = version, CreatedAt = DateTimeOffset.UnixEpoch, MovieCount = 1, TermCount = 0,
            NeighboursPerMovie = 0, Files = new Dictionary<string, string>(),
        },
        Movies = [TestMovies.Heat],
        NeighbourOffsets = [0, 0],
        NeighbourIndices = [],
        NeighbourScores = [],
        Terms = [],
        TermKinds = [],
        TermLabels = [],
        TopTermOffsets = [0, 0],
        TopTermIndices = [],
        TopTermWeights = [],
    };
}
