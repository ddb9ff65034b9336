using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Caching;
using MovieRecommender.Web.ScaleOut;
using MovieRecommender.Web.Services;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Extensions;

public static class ScaleOutExtensions
{
    /// <summary>Application name shared by every replica, so data-protection payloads of one open on the others.</summary>
    public const string DataProtectionApplicationName = "MovieRecommender";

    private const string DataProtectionKeysName = "dataprotection-keys";
    private const string CacheKeysPrefix = "cache:";

    /// <summary>
    /// State replicas share when <c>ConnectionStrings:Redis</c> is set, kept in process otherwise: the page cache
    /// (HybridCache, Redis as L2), the replica registry and model-switch broadcast, and data-protection keys. The
    /// shared rate-limit buckets are registered with the rate limiter (<see cref="RateLimitingExtensions"/>).
    /// </summary>
    public static IServiceCollection AddScaleOut(this IServiceCollection services)
    {
        services.AddOptions<RedisSettings>()
            .BindConfiguration(RedisSettings.SectionName)
            .Configure<IConfiguration>((redis, configuration) => redis.ConnectionString = configuration.GetConnectionString(RedisSettings.ConnectionStringName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ReplicaSettings>().BindConfiguration(ReplicaSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<ReplicaIdentity>();
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<ScaleOutMetrics>();
        services.AddHostedService<RedisConnector>();

        AddPageCache(services);

        services.AddSingleton<ReplicaRegistry>();
        services.AddHostedService(sp => sp.GetRequiredService<ReplicaRegistry>());
        services.AddSingleton<ModelSwitchCoordinator>();
        services.AddSingleton<IModelSwitchBarrier>(sp => sp.GetRequiredService<ModelSwitchCoordinator>());
        services.AddHostedService(sp => sp.GetRequiredService<ModelSwitchCoordinator>());

        services.AddDataProtection();
        services.AddOptions<KeyManagementOptions>().Configure<RedisConnection>((keys, redis) =>
        {
            if (redis.IsConfigured)
            {
                keys.XmlRepository = new RedisXmlRepository(() => redis.Database, redis.Key(DataProtectionKeysName));
            }
        });
        services.AddOptions<DataProtectionOptions>().Configure<RedisConnection>((protection, redis) =>
        {
            if (redis.IsConfigured)
            {
                protection.ApplicationDiscriminator = DataProtectionApplicationName;
            }
        });
        return services;
    }

    private static void AddPageCache(IServiceCollection services)
    {
        services.AddMemoryCache(o => o.TrackStatistics = true);
        services.AddSingleton<PageCacheStatistics>();
        services.AddSingleton<RecommendationPageCache>();
        services.AddHybridCache();
        services.AddOptions<HybridCacheOptions>().Configure<IOptions<RecommenderOptions>>((cache, engine) =>
            cache.DefaultEntryOptions = new HybridCacheEntryOptions
            {
                Expiration = engine.Value.CacheAbsoluteExpiration,
                LocalCacheExpiration = engine.Value.CacheSlidingExpiration < engine.Value.CacheAbsoluteExpiration
                    ? engine.Value.CacheSlidingExpiration
                    : engine.Value.CacheAbsoluteExpiration,
            });

        // HybridCache takes the registered IDistributedCache as its L2; without Redis there is none (L1 only).
        services.AddSingleton<IDistributedCache>(sp =>
        {
            var redis = sp.GetRequiredService<RedisConnection>();
            if (!redis.IsConfigured)
            {
                return null!;
            }

            var options = Options.Create(new RedisCacheOptions
            {
                InstanceName = redis.KeyPrefix + CacheKeysPrefix,
                ConnectionMultiplexerFactory = () => Task.FromResult(redis.Multiplexer),
            });
            return new SharedDistributedCache(new RedisCache(options), redis, sp.GetRequiredService<PageCacheStatistics>(), sp.GetRequiredService<ScaleOutMetrics>());
        });
    }
}
