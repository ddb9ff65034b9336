using Microsoft.Extensions.Options;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Services;

/// <summary>Requests a reload whenever the model folder's manifest.json is written, created or renamed into place.</summary>
public sealed partial class ModelDirectoryWatcher(
    ModelPaths paths,
    ModelReloadTrigger trigger,
    IOptions<ModelSettings> settings,
    ILogger<ModelDirectoryWatcher> logger) : IHostedService, IDisposable
{
    private FileSystemWatcher? _watcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!settings.Value.WatchForChanges)
        {
            return Task.CompletedTask;
        }

        try
        {
            Directory.CreateDirectory(paths.ModelDirectory);
            _watcher = new FileSystemWatcher(paths.ModelDirectory, paths.ManifestFileName)
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.CreationTime | NotifyFilters.Size,
            };
            _watcher.Changed += OnChanged;
            _watcher.Created += OnChanged;
            _watcher.Renamed += OnChanged;
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            // Watching is a convenience; the admin reload still works without it.
            LogWatchFailed(ex, paths.ModelDirectory);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (_watcher is not null)
        {
            _watcher.EnableRaisingEvents = false;
        }

        return Task.CompletedTask;
    }

    public void Dispose() => _watcher?.Dispose();

    private void OnChanged(object sender, FileSystemEventArgs e) => trigger.RequestReload($"{e.Name} {e.ChangeType}");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot watch {Directory} for new models; use the admin reload instead")]
    private partial void LogWatchFailed(Exception exception, string directory);
}
