using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;
using MovieRecommender.Analytics;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Training;
using MovieRecommender.Web.Analytics;
using MovieRecommender.Web.Services;

namespace MovieRecommender.Web.Tests.Infrastructure;

/// <summary>
/// The real app with the engine replaced by fakes and the background loader/watcher removed, so tests never
/// train or read a model. Extra settings override appsettings.json.
/// </summary>
public class WebAppFactory : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key-0123456789";
    private static readonly TimeSpan EventWaitTimeout = TimeSpan.FromSeconds(30);

    // Each factory gets its own database folder (accounts and analytics SQLite files), deleted on dispose.
    private readonly string _databaseFolder = Path.Combine(Path.GetTempPath(), "movierec-web-tests-" + Guid.NewGuid().ToString("N"));

    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RateLimiting:PermitLimit"] = "100000",
        ["RateLimiting:WindowSeconds"] = "60",
        ["RateLimiting:Policies:pages:PermitLimit"] = "100000",
        ["RateLimiting:Policies:health:PermitLimit"] = "100000",
        ["RateLimiting:Policies:auth:PermitLimit"] = "100000",
        ["RateLimiting:Policies:writes:PermitLimit"] = "100000",
        ["FileLog:Enabled"] = "false",
        ["Model:WatchForChanges"] = "false",
        ["Analytics:CleanupIntervalHours"] = "168",
        ["Model:Directory"] = Path.Combine(Path.GetTempPath(), "movierec-web-tests-" + Guid.NewGuid().ToString("N")),
    };

    private readonly TimeProvider? _clock;

    public WebAppFactory()
    {
        // Never the databases under the source tree's content root.
        _settings["ConnectionStrings:Accounts"] = "Data Source=" + Path.Combine(_databaseFolder, "accounts.db");
        _settings["ConnectionStrings:Analytics"] = "Data Source=" + Path.Combine(_databaseFolder, "analytics.db");
        // Explicit, so a test that moves accounts to PostgreSQL keeps the events in this SQLite file.
        _settings["Analytics:Provider"] = "sqlite";
        ModelReader.Setup(r => r.ModelExists(It.IsAny<string>())).Returns(true);
    }

    internal WebAppFactory(IDictionary<string, string?> settings, TimeProvider? clock = null)
        : this()
    {
        _clock = clock;
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    public FakeRecommenderService Recommender { get; } = new();

    public Mock<IModelReader> ModelReader { get; } = new();

    public Mock<ITrainingPipeline> TrainingPipeline { get; } = new();

    public ModelLoadState LoadState => Services.GetRequiredService<ModelLoadState>();

    /// <summary>False leaves the event queue undrained (to test back-pressure).</summary>
    public bool RunEventWriter { get; init; } = true;

    /// <summary>The stored analytics rows once there are at least <paramref name="count"/> (the writer is asynchronous).</summary>
    public async Task<IReadOnlyList<AnalyticsEvent>> WaitForEventsAsync(int count)
    {
        var databases = Services.GetRequiredService<AnalyticsDbContextFactory>();
        await databases.EnsureMigratedAsync(); // the app migrates in the background; never query before the tables exist
        var deadline = DateTime.UtcNow + EventWaitTimeout;
        while (true)
        {
            await using var db = databases.CreateDbContext();
            var events = await db.Events.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
            if (events.Count >= count || DateTime.UtcNow > deadline)
            {
                return events;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The stored rows once one matches <paramref name="match"/> (or the timeout passed).</summary>
    public async Task<IReadOnlyList<AnalyticsEvent>> WaitForEventAsync(Func<AnalyticsEvent, bool> match)
    {
        var databases = Services.GetRequiredService<AnalyticsDbContextFactory>();
        await databases.EnsureMigratedAsync(); // the app migrates in the background; never query before the tables exist
        var deadline = DateTime.UtcNow + EventWaitTimeout;
        while (true)
        {
            await using var db = databases.CreateDbContext();
            var events = await db.Events.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
            if (events.Any(match) || DateTime.UtcNow > deadline)
            {
                return events;
            }

            await Task.Delay(50);
        }
    }

    public static WebAppFactory WithAdmin(bool enabled) => new(new Dictionary<string, string?>
    {
        ["Admin:Enabled"] = enabled ? "true" : "false",
        ["Admin:ApiKey"] = AdminKey,
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IRecommenderService>(Recommender);
            services.AddSingleton<IFilmMatcher>(Recommender);
            services.AddSingleton<IProfileRecommender>(Recommender);
            services.AddSingleton(ModelReader.Object);
            services.AddSingleton(TrainingPipeline.Object);
            if (_clock is not null)
            {
                services.AddSingleton(_clock);
            }

            foreach (var hosted in services.Where(d => d.ServiceType == typeof(IHostedService)
                && (d.ImplementationType == typeof(ModelLoaderService) || d.ImplementationType == typeof(ModelDirectoryWatcher)
                    || (!RunEventWriter && d.ImplementationType == typeof(EventWriterService)))).ToList())
            {
                services.Remove(hosted);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(_databaseFolder))
            {
                Directory.Delete(_databaseFolder, recursive: true);
            }
        }
    }
}
