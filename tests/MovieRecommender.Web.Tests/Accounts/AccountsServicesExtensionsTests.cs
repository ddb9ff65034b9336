using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Accounts;

public sealed class AccountsServicesExtensionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("movierec-accounts-web-").FullName;

    private string DatabaseFile => Path.Combine(_folder, "db", "accounts.db");

    [Fact]
    public async Task AddAccounts_AppStarts_CreatesTheSqliteDatabaseInWalMode()
    {
        // Arrange
        await using var factory = Factory();

        // Act
        using var client = factory.CreateClient();

        // Assert
        Assert.True(File.Exists(DatabaseFile));
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task AddAccounts_RestartOnTheSameDatabase_DataProtectionKeysSurvive()
    {
        // Arrange: what the first run protects (a sign-in cookie, say)...
        string protectedText;
        await using (var first = Factory())
        {
            _ = first.CreateClient();
            protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("signed in");
        }

        // Act: ...a second run on the same database can still read.
        await using var second = Factory();
        _ = second.CreateClient();
        var text = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText);

        // Assert
        Assert.Equal("signed in", text);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private WebAppFactory Factory() => new(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Accounts"] = $"Data Source={DatabaseFile}",
    });
}
