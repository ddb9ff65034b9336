using Microsoft.Extensions.Options;
using MovieRecommender.Web.Settings;
using StackExchange.Redis;

namespace MovieRecommender.Web.ScaleOut;

/// <summary>
/// The one Redis connection of this process (cache, rate limits, data-protection keys, reload broadcast share it).
/// Never throws when Redis is down: the multiplexer is created with AbortOnConnectFail off, reconnects in the
/// background, and callers check <see cref="IsConnected"/> and fall back to in-process state meanwhile.
/// </summary>
public sealed partial class RedisConnection : IDisposable
{
    private const int ConnectTimeoutMultiplier = 4;
    private readonly RedisSettings _settings;
    private readonly ILogger<RedisConnection> _logger;
    private readonly Lazy<ConnectionMultiplexer?> _multiplexer;
    private readonly TimeProvider _timeProvider;
    private long _backOffUntilTicks;

    /// <summary>After a failed or timed-out call, requests skip Redis this long so a hung server costs one timeout, not one per request.</summary>
    public static readonly TimeSpan FailureBackOff = TimeSpan.FromSeconds(2);

    public RedisConnection(IOptions<RedisSettings> settings, ReplicaIdentity replica, TimeProvider timeProvider, ILogger<RedisConnection> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(replica);
        _settings = settings.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _multiplexer = new Lazy<ConnectionMultiplexer?>(() => Connect(replica.Name), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>True when <c>ConnectionStrings:Redis</c> is set; otherwise all shared state stays in process.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(_settings.ConnectionString);

    /// <summary>True when Redis is configured and the connection is up right now.</summary>
    public bool IsConnected => IsConfigured && _multiplexer.Value is { IsConnected: true };

    /// <summary>
    /// True when a request should use Redis now: connected, and no call failed within <see cref="FailureBackOff"/>.
    /// </summary>
    public bool IsAvailable => IsConnected && _timeProvider.GetUtcNow().UtcTicks >= Interlocked.Read(ref _backOffUntilTicks);

    /// <summary>A call failed or timed out: skip Redis for <see cref="FailureBackOff"/>.</summary>
    public void ReportFailure(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var until = (_timeProvider.GetUtcNow() + FailureBackOff).UtcTicks;
        if (Interlocked.Exchange(ref _backOffUntilTicks, until) < _timeProvider.GetUtcNow().UtcTicks)
        {
            LogCallFailed(exception.GetType().Name, exception.Message, FailureBackOff.TotalSeconds);
        }
    }

    public TimeSpan Timeout => TimeSpan.FromMilliseconds(_settings.TimeoutMilliseconds);

    /// <summary>The multiplexer; only when <see cref="IsConfigured"/>.</summary>
    public IConnectionMultiplexer Multiplexer =>
        _multiplexer.Value ?? throw new InvalidOperationException($"ConnectionStrings:{RedisSettings.ConnectionStringName} is not set.");

    public IDatabase Database => Multiplexer.GetDatabase();

    /// <summary>A key under this deployment's prefix.</summary>
    public RedisKey Key(string name) => new(_settings.KeyPrefix + name);

    /// <summary>A pub/sub channel under this deployment's prefix.</summary>
    public RedisChannel Channel(string name) => RedisChannel.Literal(_settings.KeyPrefix + name);

    /// <summary>The prefix every key of this deployment starts with.</summary>
    public string KeyPrefix => _settings.KeyPrefix;

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value?.Dispose();
        }
    }

    private ConnectionMultiplexer? Connect(string clientName)
    {
        if (!IsConfigured)
        {
            return null;
        }

        var options = ConfigurationOptions.Parse(_settings.ConnectionString!);
        options.AbortOnConnectFail = false;
        options.ClientName = clientName;
        options.SyncTimeout = _settings.TimeoutMilliseconds;
        options.AsyncTimeout = _settings.TimeoutMilliseconds;
        options.ConnectTimeout = Math.Max(options.ConnectTimeout > 0 ? Math.Min(options.ConnectTimeout, 5_000) : 0, _settings.TimeoutMilliseconds * ConnectTimeoutMultiplier);
        var multiplexer = ConnectionMultiplexer.Connect(options);
        multiplexer.ConnectionFailed += (_, e) =>
        {
            var failure = e.FailureType.ToString();
            var endPoint = e.EndPoint?.ToString() ?? "redis";
            LogConnectionFailed(endPoint, failure, e.Exception?.Message ?? string.Empty);
        };
        multiplexer.ConnectionRestored += (_, e) =>
        {
            var endPoint = e.EndPoint?.ToString() ?? "redis";
            LogConnectionRestored(endPoint);
        };
        var endPoints = string.Join(", ", options.EndPoints.Select(e => e.ToString()));
        if (multiplexer.IsConnected)
        {
            LogConnected(endPoints);
        }
        else
        {
            LogNotYetConnected(endPoints);
        }

        return multiplexer;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis connected at {EndPoints}: cache, rate limits, data-protection keys and reload broadcast are shared")]
    private partial void LogConnected(string endPoints);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis at {EndPoints} is not reachable yet; serving with per-replica state and retrying in the background")]
    private partial void LogNotYetConnected(string endPoints);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis connection to {EndPoint} lost ({FailureType}): {Reason}; falling back to per-replica state")]
    private partial void LogConnectionFailed(string endPoint, string failureType, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis call failed ({ExceptionType}: {Reason}); per-replica state for the next {BackOffSeconds} s")]
    private partial void LogCallFailed(string exceptionType, string reason, double backOffSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis connection to {EndPoint} restored; shared state resumes")]
    private partial void LogConnectionRestored(string endPoint);
}
