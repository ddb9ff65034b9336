using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using MovieRecommender.Web.Services;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Tests.Services;

public sealed class ModelDirectoryWatcherTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("movierec-watch-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Start_ManifestWritten_RequestsReload()
    {
        var trigger = new ModelReloadTrigger();
        using var watcher = Create(trigger, watch: true);
        await watcher.StartAsync(CancellationToken.None);

        await File.WriteAllTextAsync(Path.Combine(_root, "models", "manifest.json"), "{}");
        var reason = await trigger.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);

        Assert.NotNull(reason);
        Assert.Contains("manifest.json", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FolderReplacedByRename_RequestsReloadAndWatchesTheNewFolder()
    {
        var trigger = new ModelReloadTrigger();
        using var watcher = Create(trigger, watch: true);
        await watcher.StartAsync(CancellationToken.None);
        var staging = Directory.CreateDirectory(Path.Combine(_root, "models.tmp")).FullName;
        await File.WriteAllTextAsync(Path.Combine(staging, "manifest.json"), "{}");

        Directory.Move(Path.Combine(_root, "models"), Path.Combine(_root, "models.old"));
        Directory.Move(staging, Path.Combine(_root, "models"));
        var first = await trigger.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
        await Task.Delay(200);
        trigger.Drain();
        await File.WriteAllTextAsync(Path.Combine(_root, "models", "manifest.json"), "{\"v\":2}");
        var second = await trigger.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Contains("manifest.json", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OtherFileWritten_DoesNotRequestReload()
    {
        var trigger = new ModelReloadTrigger();
        using var watcher = Create(trigger, watch: true);
        await watcher.StartAsync(CancellationToken.None);

        await File.WriteAllTextAsync(Path.Combine(_root, "models", "notes.txt"), "x");
        var reason = await trigger.WaitAsync(TimeSpan.FromMilliseconds(300), CancellationToken.None);

        Assert.Null(reason);
    }

    private ModelDirectoryWatcher Create(ModelReloadTrigger trigger, bool watch)
    {
        var environment = new Mock<IHostEnvironment>();
        environment.SetupGet(e => e.ContentRootPath).Returns(_root);
        var options = Microsoft.Extensions.Options.Options.Create(new ModelSettings { WatchForChanges = watch });
        return new ModelDirectoryWatcher(new ModelPaths(options, environment.Object), trigger, options, NullLogger<ModelDirectoryWatcher>.Instance);
    }
}
