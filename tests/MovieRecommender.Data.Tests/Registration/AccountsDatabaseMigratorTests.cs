using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using MovieRecommender.Data.Registration;
using MovieRecommender.TestSupport;

namespace MovieRecommender.Data.Tests.Registration;

/// <summary>Replicas of the app start together against one PostgreSQL database and each migrates it at start.</summary>
public sealed class AccountsDatabaseMigratorTests
{
    private const int Replicas = 4;

    [SkippableFact]
    public async Task StartAsync_SeveralReplicasAtOnceOnAFreshPostgresDatabase_AllStart()
    {
        // Arrange
        var server = await PostgresServer.SharedAsync();
        Skip.If(server is null, "PostgreSQL is not installed here (apt-get install -y postgresql).");
        var connectionString = await server.CreateDatabaseAsync("migrate_race");
        var hosts = Enumerable.Range(0, Replicas).Select(_ => Replica(connectionString)).ToList();
        var migrators = hosts.Select(p => p.GetServices<IHostedService>().OfType<AccountsDatabaseMigrator>().Single()).ToList();

        try
        {
            // Act
            var starts = migrators.Select(m => Task.Run(() => m.StartAsync(CancellationToken.None))).ToArray();
            var all = Task.WhenAll(starts);
            await all.ContinueWith(_ => { }, TaskScheduler.Default);

            // Assert
            Assert.All(starts, start => Assert.True(start.IsCompletedSuccessfully, start.Exception?.GetBaseException().Message));
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    private static ServiceProvider Replica(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Accounts:Provider"] = "postgres",
            ["ConnectionStrings:Accounts"] = connectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddAccountsData(Path.GetTempPath());
        return services.BuildServiceProvider();
    }
}
