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
        _settings.TrainDemoWhenEmpty = true;
        _settings.DemoCatalog = catalog;
        _settings.DemoCredits = null;
        _reader.Setup(r => r.ModelExists(It.IsAny<string>())).Returns(false);
        _pipeline.Setup(p => p.TrainAsync(It.IsAny<TrainingRequest>(), It.IsAny<IProgress<TrainingProgress>>(), It.IsAny<CancellationToken>()))
            .Callback<TrainingRequest, IProgress<TrainingProgress>?, CancellationToken>((_, progress, _) => progress!.Report(new TrainingProgress(TrainingStage.Vectorize, 0.5)))
            .ReturnsAsync((TrainingSummary)null!);
        _reader.Setup(r => r.ReadAsync(It.IsAny<string>(), It.IsAny<IProgress<double>>(), It.IsAny<CancellationToken>())).ReturnsAsync(TinyModel("v-demo", ModelCatalog.Demo));

        var loaded = await CreateService().TryLoadAsync(CancellationToken.None);

        Assert.True(loaded);
        _pipeline.Verify(p => p.TrainAsync(
            It.Is<TrainingRequest>(r => r.InputPath == catalog && r.OutputDirectory == Path.Combine(_root, "models") && r.CatalogLabel == ModelCatalog.Demo),
            It.IsAny<IProgress<TrainingProgress>>(), It.IsAny<CancellationToken>()), Times.Once);
        _recommender.Verify(r => r.UseModel(It.Is<RecommenderModel>(m => m.Manifest.ModelVersion == "v-demo"), It.IsAny<TimeSpan>()), Times.Once);
        Assert.Equal(ModelLoadStatus.Ready, _state.Current.Status);
        Assert.Equal("v-demo", _state.Current.ModelVersion);
        Assert.Equal(ModelCatalog.Demo, _state.Current.Catalog);
    }

    [Fact]
    public async Task TryLoad_EmptyModelFolderDemoNotAllowed_FailsWithAReasonNamingTheSettingsAndNoPath()
    {
        _settings.TrainDemoWhenEmpty = false;
        _reader.Setup(r => r.ModelExists(It.IsAny<string>())).Returns(false);

        var loaded = await CreateService().TryLoadAsync(CancellationToken.None);

        Assert.False(loaded);
        _pipeline.Verify(p => p.TrainAsync(It.IsAny<TrainingRequest>(), It.IsAny<IProgress<TrainingProgress>>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Equal(ModelLoadStatus.Failed, _state.Current.Status);
        Assert.Contains("no model in the model folder (Model:Directory)", _state.Current.LastError, StringComparison.Ordinal);
        Assert.Contains("Model:TrainDemoWhenEmpty", _state.Current.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(_root, _state.Current.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryLoad_NoModelAndNoDemoCatalog_FailsNamingTheSettingWithoutPaths()
    {
        _settings.TrainDemoWhenEmpty = true;
        _settings.DemoCatalog = Path.Combine(_root, "missing.csv");
        _reader.Setup(r => r.ModelExists(It.IsAny<string>())).Returns(false);

        var loaded = await CreateService().TryLoadAsync(CancellationToken.None);

        Assert.False(loaded);
        Assert.Equal(ModelLoadStatus.Failed, _state.Current.Status);
        Assert.Contains("Model:DemoCatalog", _state.Current.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(_root, _state.Current.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryLoad_ReaderFailsNamingAbsolutePaths_ReasonKeepsOnlyFileNames()
    {
        _reader.Setup(r => r.ModelExists(It.IsAny<string>())).Returns(true);
        var modelFile = Path.Combine(_root, "models", "neighbours.bin");
        _reader.Setup(r => r.ReadAsync(It.IsAny<string>(), It.IsAny<IProgress<double>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException($"Could not read '{modelFile}' (see /var/lib/other/place.txt)."));

        await CreateService().TryLoadAsync(CancellationToken.None);

        Assert.Equal("Could not read 'neighbours.bin' (see place.txt).", _state.Current.LastError);
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

    [Fact]
    public async Task Execute_ReloadRequested_ServesTheNewModel()
    {
        _settings.ReloadDebounceMilliseconds = 0;
        var ready = false;
        _recommender.SetupGet(r => r.IsReady).Returns(() => ready);
        _recommender.Setup(r => r.UseModel(It.IsAny<RecommenderModel>(), It.IsAny<TimeSpan>())).Callback(() => ready = true);
        _reader.Setup(r => r.ModelExists(It.IsAny<string>())).Returns(true);
        _reader.SetupSequence(r => r.ReadAsync(It.IsAny<string>(), It.IsAny<IProgress<double>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(TinyModel("v1"))
            .ReturnsAsync(TinyModel("v2"));
        var trigger = new ModelReloadTrigger();
        using var service = CreateService(trigger);

        await service.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => _state.Current.ModelVersion == "v1");
        trigger.RequestReload("test");
        await WaitUntilAsync(() => _state.Current.ModelVersion == "v2");
        await service.StopAsync(CancellationToken.None);

        _recommender.Verify(r => r.UseModel(It.IsAny<RecommenderModel>(), It.IsAny<TimeSpan>()), Times.Exactly(2));
    }

    [Fact]
    public async Task Execute_FirstLoadFails_RetriesUntilItSucceeds()
    {
        _settings.InitialRetryDelaySeconds = 1;
        var ready = false;
        _recommender.SetupGet(r => r.IsReady).Returns(() => ready);
        _recommender.Setup(r => r.UseModel(It.IsAny<RecommenderModel>(), It.IsAny<TimeSpan>())).Callback(() => ready = true);
        _reader.Setup(r => r.ModelExists(It.IsAny<string>())).Returns(true);
        _reader.SetupSequence(r => r.ReadAsync(It.IsAny<string>(), It.IsAny<IProgress<double>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ModelLoadException("terms.bin", "missing"))
            .ReturnsAsync(TinyModel("v-retry"));
        using var service = CreateService(new ModelReloadTrigger());

        await service.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => _state.Current.Status == ModelLoadStatus.Ready);
        await service.StopAsync(CancellationToken.None);

        Assert.Equal("v-retry", _state.Current.ModelVersion);
        _reader.Verify(r => r.ReadAsync(It.IsAny<string>(), It.IsAny<IProgress<double>>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    /// <summary>Polls a condition the background loop will make true; fails after a generous limit.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var limit = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < limit, "the loader did not reach the expected state");
            await Task.Delay(20);
        }
    }

    private ModelLoaderService CreateService(ModelReloadTrigger? trigger = null)
    {
        var environment = new Mock<IHostEnvironment>();
        environment.SetupGet(e => e.ContentRootPath).Returns(_root);
        var options = Microsoft.Extensions.Options.Options.Create(_settings);
        return new ModelLoaderService(
            _reader.Object, _pipeline.Object, _recommender.Object, _state, trigger ?? new ModelReloadTrigger(),
            new ModelPaths(options, environment.Object), options, TimeProvider.System, NullLogger<ModelLoaderService>.Instance);
    }

    private static RecommenderModel TinyModel(string version, string catalog = ModelCatalog.Trained) => new()
    {
        Manifest = new ModelManifest
        {
            FormatVersion = 1, ModelVersion = version, CreatedAt = DateTimeOffset.UnixEpoch, MovieCount = 1, TermCount = 0,
            NeighboursPerMovie = 0, Files = new Dictionary<string, string>(),
            Parameters = new Dictionary<string, string> { [ModelCatalog.ParameterName] = catalog },
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
