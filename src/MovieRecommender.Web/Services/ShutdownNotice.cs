using Microsoft.Extensions.Options;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Services;

/// <summary>Says in the log when a stop begins and how long requests in flight get to finish.</summary>
public sealed partial class ShutdownNotice(
    IHostApplicationLifetime lifetime,
    IOptions<ShutdownSettings> settings,
    ILogger<ShutdownNotice> logger) : IHostedService
{
    private CancellationTokenRegistration _registration;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _registration = lifetime.ApplicationStopping.Register(() => LogDraining(settings.Value.TimeoutSeconds));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _registration.Dispose();
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Stopping: no new connections; requests in flight get up to {TimeoutSeconds} s to finish, live event streams end now")]
    private partial void LogDraining(int timeoutSeconds);
}
