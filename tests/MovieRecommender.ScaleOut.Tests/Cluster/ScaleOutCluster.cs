using System.Globalization;
using MovieRecommender.ScaleOut.Tests.Infrastructure;
using MovieRecommender.TestSupport;

namespace MovieRecommender.ScaleOut.Tests.Cluster;

/// <summary>
/// What scripts/scale-test.sh stands up: redis-server, PostgreSQL (accounts), a model trained into one shared folder,
/// two replicas (A, B) of the app on Redis, PostgreSQL and that folder, and nginx in front of both, all on free
/// loopback ports. Stopped afterwards (PostgreSQL when the test process ends).
/// </summary>
public sealed class ScaleOutCluster : IAsyncLifetime
{
    public const string AdminKey = "scale-test-admin-key-0123456789";

    /// <summary>The API policy's limit in this cluster: one shared window of 60 requests per client.</summary>
    public const int ApiPermitLimit = 60;

    /// <summary>Long enough that a check never straddles two windows.</summary>
    public const int ApiWindowSeconds = 3_600;

    /// <summary>The replicas' Shutdown:TimeoutSeconds: how long a stopping replica lets requests in flight finish.</summary>
    public const int ShutdownTimeoutSeconds = 20;

    private static readonly TimeSpan TrainTimeout = TimeSpan.FromMinutes(5);

    public string WorkDirectory { get; } = Directory.CreateTempSubdirectory("movierec-scale-").FullName;

    public string ModelDirectory => Path.Combine(WorkDirectory, "models", "current");

    public RedisServer Redis { get; private set; } = null!;

    /// <summary>The replicas' accounts database (Accounts:Provider=postgres).</summary>
    public string AccountsConnectionString { get; private set; } = null!;

    public AppReplica A { get; private set; } = null!;

    public AppReplica B { get; private set; } = null!;

    public NginxServer Nginx { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var missing = ServerBinaries.MissingMessage(("redis-server", ServerBinaries.RedisServer), ("nginx", ServerBinaries.Nginx), ("wrk", ServerBinaries.Wrk));
        if (missing is not null)
        {
            throw new InvalidOperationException(missing);
        }

        var postgres = await PostgresServer.SharedAsync()
            ?? throw new InvalidOperationException($"PostgreSQL cannot start: {PostgresServer.UnavailableReason}");
        AccountsConnectionString = await postgres.CreateDatabaseAsync("scaleout");
        await PublishModelAsync();
        Redis = await RedisServer.StartAsync();
        var starting = new[] { AppReplica.StartAsync("a", Settings(), WorkDirectory), AppReplica.StartAsync("b", Settings(), WorkDirectory) };
        await Task.WhenAll(starting);
        A = starting[0].Result;
        B = starting[1].Result;
        Nginx = await NginxServer.StartAsync([A.Port, B.Port]);
    }

    /// <summary>Starts replica A again on its old port (after a check killed it), so nginx has two replicas again.</summary>
    public async Task RestartAAsync()
    {
        var port = A.Port;
        await A.DisposeAsync();
        A = await AppReplica.StartAsync("a", Settings(), WorkDirectory, port);
    }

    /// <summary>Trains the demo catalog into the shared model folder with the trainer's build output (a new version each time).</summary>
    public async Task<string> PublishModelAsync()
    {
        var (exitCode, output) = await ChildProcess.RunAsync("dotnet",
            [RepositoryPaths.TrainerAssembly, "train", "--input", RepositoryPaths.DemoCatalog, "--credits", RepositoryPaths.DemoCredits, "--output", ModelDirectory],
            TrainTimeout);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"The trainer failed ({exitCode}):\n{output}");
        }

        var manifest = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(ModelDirectory, "manifest.json")));
        return manifest.RootElement.GetProperty("modelVersion").GetString()!;
    }

    public async Task DisposeAsync()
    {
        foreach (var disposable in new IAsyncDisposable?[] { Nginx, A, B, Redis })
        {
            if (disposable is not null)
            {
                await disposable.DisposeAsync();
            }
        }

        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Leftovers in /tmp are harmless.
        }
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Redis"] = Redis.ConnectionString,
        ["Accounts__Provider"] = "postgres",
        ["ConnectionStrings__Accounts"] = AccountsConnectionString,
        ["Model__Directory"] = ModelDirectory,
        ["Model__WatchForChanges"] = "true",
        ["Model__ReloadDebounceMilliseconds"] = "300",
        ["ForwardedHeaders__Enabled"] = "true",
        ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
        ["RateLimiting__PermitLimit"] = ApiPermitLimit.ToString(CultureInfo.InvariantCulture),
        ["RateLimiting__WindowSeconds"] = ApiWindowSeconds.ToString(CultureInfo.InvariantCulture),
        ["RateLimiting__Policies__pages__PermitLimit"] = "1000000",
        ["RateLimiting__Policies__health__PermitLimit"] = "1000000",
        ["Admin__Enabled"] = "true",
        ["Admin__ApiKey"] = AdminKey,
        ["Replica__SwitchTimeoutSeconds"] = "60",
        ["Shutdown__TimeoutSeconds"] = ShutdownTimeoutSeconds.ToString(CultureInfo.InvariantCulture),
    };
}
