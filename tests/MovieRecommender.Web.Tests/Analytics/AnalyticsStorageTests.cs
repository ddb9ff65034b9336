using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Analytics;

/// <summary>The analytics store follows the accounts conventions but keeps events out of the accounts file.</summary>
public sealed class AnalyticsStorageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "movierec-analytics-storage-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Post_Events_StoredInTheAnalyticsFileAndNotInTheAccountsFile()
    {
        // Arrange
        var accounts = Path.Combine(_folder, "accounts.db");
        var analytics = Path.Combine(_folder, "events", "analytics.db");
        using var factory = new WebAppFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Accounts"] = "Data Source=" + accounts,
            ["ConnectionStrings:Analytics"] = "Data Source=" + analytics,
        });
        var client = factory.CreateClient();

        // Act
        var response = await client.PostAsJsonAsync("/api/v1/events", new object[] { new { type = "click", movieId = 949, list = "top-rated" } });
        var stored = await factory.WaitForEventsAsync(1);

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Single(stored);
        Assert.True(await HasTableAsync(analytics, "analytics_events"));
        Assert.False(await HasTableAsync(accounts, "analytics_events"));
        Assert.True(await HasTableAsync(accounts, "AspNetUsers"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task<bool> HasTableAsync(string file, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", table);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
