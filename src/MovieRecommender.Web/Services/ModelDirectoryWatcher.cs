using Microsoft.Extensions.Options;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Services;

/// <summary>
/// Requests a reload when a new model is published: either manifest.json is written inside the model folder,
/// or the whole folder is replaced by a rename (how the trainer publishes atomically). A replaced folder is a
/// new inode, so the inner watcher is re-created on it.
/// </summary>
public sealed partial class ModelDirectoryWatcher(
    ModelPaths paths,
    ModelReloadTrigger trigger,
    IOptions<ModelSettings> settings,
    ILogger<ModelDirectoryWatcher> logger) : IHostedService, IDisposable
{
    private readonly Lock _gate = new();
    private FileSystemWatcher? _manifestWatcher;
    private FileSystemWatcher? _parentWatcher;
    private bool _stopped;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!settings.Value.WatchForChanges)
        {
            return Task.CompletedTask;
        }

        try
        {
            var directory = paths.ModelDirectory;
            Directory.CreateDirectory(directory);
            var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(directory));
            if (parent is not null)
            {
                _parentWatcher = new FileSystemWatcher(parent, Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)))
                {
                    NotifyFilter = NotifyFilters.DirectoryName,
                };
                _parentWatcher.Created += OnFolderReplaced;
                _parentWatcher.Renamed += OnFolderReplaced;
                _parentWatcher.EnableRaisingEvents = true;
            }

            WatchManifest();
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
        lock (_gate)
        {
            _stopped = true;
            _parentWatcher?.Dispose();
            _manifestWatcher?.Dispose();
            _parentWatcher = null;
            _manifestWatcher = null;
        }

        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _parentWatcher?.Dispose();
        _manifestWatcher?.Dispose();
    }

    private void WatchManifest()
    {
        lock (_gate)
        {
            _manifestWatcher?.Dispose();
            _manifestWatcher = null;
            if (_stopped || !Directory.Exists(paths.ModelDirectory))
            {
                return;
            }

            var watcher = new FileSystemWatcher(paths.ModelDirectory, paths.ManifestFileName)
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.CreationTime | NotifyFilters.Size,
            };
            watcher.Changed += OnManifestChanged;
            watcher.Created += OnManifestChanged;
            watcher.Renamed += OnManifestChanged;
            watcher.EnableRaisingEvents = true;
            _manifestWatcher = watcher;
        }
    }

    private void OnManifestChanged(object sender, FileSystemEventArgs e) => trigger.RequestReload($"{e.Name} {e.ChangeType}");

    private void OnFolderReplaced(object sender, FileSystemEventArgs e)
    {
        if (!string.Equals(Path.TrimEndingDirectorySeparator(e.FullPath), Path.TrimEndingDirectorySeparator(paths.ModelDirectory), StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            WatchManifest();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            LogWatchFailed(ex, paths.ModelDirectory);
        }

        trigger.RequestReload($"model folder {e.ChangeType}");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot watch {Directory} for new models; use the admin reload instead")]
    private partial void LogWatchFailed(Exception exception, string directory);
}
