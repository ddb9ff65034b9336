namespace MovieRecommender.Web.ScaleOut;

/// <summary>Opens the Redis connection at start-up in the background, so the first request does not wait for it.</summary>
public sealed class RedisConnector(RedisConnection redis) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => redis.IsConfigured
        ? Task.Run(() => _ = redis.IsConnected, stoppingToken)
        : Task.CompletedTask;
}
