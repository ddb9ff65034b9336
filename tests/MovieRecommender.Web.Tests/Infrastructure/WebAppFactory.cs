using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Training;
using MovieRecommender.Web.Services;

namespace MovieRecommender.Web.Tests.Infrastructure;

/// <summary>
/// The real app with the engine replaced by fakes and the background loader/watcher removed, so tests never
/// train or read a model. Extra settings override appsettings.json.
/// </summary>
public class WebAppFactory : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key-0123456789";

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
        ["Model:Directory"] = Path.Combine(Path.GetTempPath(), "movierec-web-tests-" + Guid.NewGuid().ToString("N")),
        // Each factory gets its own accounts database, never the one under the source tree's content root.
        ["ConnectionStrings:Accounts"] = "Data Source=" + Path.Combine(Path.GetTempPath(), "movierec-web-tests-" + Guid.NewGuid().ToString("N"), "accounts.db"),
    };

    private readonly TimeProvider? _clock;

    public WebAppFactory()
    {
        ModelReader.Setup(r => r.ModelExists(It.IsAny<string>())).Returns(true);
    }

    internal WebAppFactory(IDictionary<string, string?> settings, TimeProvider? clock = null)
    {
        _clock = clock;
        ModelReader.Setup(r => r.ModelExists(It.IsAny<string>())).Returns(true);
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    public FakeRecommenderService Recommender { get; } = new();

    public Mock<IModelReader> ModelReader { get; } = new();

    public Mock<ITrainingPipeline> TrainingPipeline { get; } = new();

    public ModelLoadState LoadState => Services.GetRequiredService<ModelLoadState>();

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
            services.AddSingleton(ModelReader.Object);
            services.AddSingleton(TrainingPipeline.Object);
            if (_clock is not null)
            {
                services.AddSingleton(_clock);
            }

            foreach (var hosted in services.Where(d => d.ServiceType == typeof(IHostedService)
                && (d.ImplementationType == typeof(ModelLoaderService) || d.ImplementationType == typeof(ModelDirectoryWatcher))).ToList())
            {
                services.Remove(hosted);
            }
        });
    }
}
