using MovieRecommender.TestSupport;
using Npgsql;

namespace MovieRecommender.Data.Tests.Infrastructure;

/// <summary>The throwaway PostgreSQL server every provider test relies on.</summary>
public sealed class PostgresServerTests
{
    [SkippableTheory]
    [InlineData("a")]
    [InlineData("a-rather-long-prefix-that-alone-fills-most-of-the-name")]
    public async Task CreateDatabaseAsync_AnyPrefixLength_GivesAnOpenableDatabase(string prefix)
    {
        // Arrange
        var server = await PostgresServer.SharedAsync();
        Skip.If(server is null, "PostgreSQL is not installed here (apt-get install -y postgresql).");

        // Act
        var connectionString = await server.CreateDatabaseAsync(prefix);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        // Assert
        Assert.StartsWith(prefix[..1], connection.Database, StringComparison.Ordinal);
    }
}
