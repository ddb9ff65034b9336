using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MovieRecommender.Data.Registration;

/// <summary>
/// Brings the accounts database to the newest migration before the app serves requests (hosted services start
/// before the server listens). On PostgreSQL several replicas start at once against one database: EF Core's own
/// migrations lock did not stop two of them applying the same migration ("relation already exists"), so the whole
/// migration runs under a session advisory lock and the later replica finds nothing left to do.
/// A database that cannot be reached or migrated stops the start with a message naming it.
/// </summary>
public sealed partial class AccountsDatabaseMigrator(
    IServiceScopeFactory scopes,
    AccountsDatabase database,
    IOptions<AccountsOptions> options,
    ILogger<AccountsDatabaseMigrator> logger) : IHostedService
{
    // Any constant shared by every replica: "MRACCNTS" read as a 64-bit number, unlikely to collide with another app's lock.
    private const string LockSql = "SELECT pg_advisory_lock(5571587446158546003)";
    private const string UnlockSql = "SELECT pg_advisory_unlock(5571587446158546003)";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var description = database.Describe();
        if (!options.Value.MigrateOnStart)
        {
            LogSkipped(logger, description);
            return;
        }

        if (database.SqliteFile is { } file && Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            if (database.Provider == AccountsProvider.Postgres)
            {
                await MigrateUnderAdvisoryLockAsync(db, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            }

            if (database.Provider == AccountsProvider.Sqlite)
            {
                // Readers never block the writer and a crash never corrupts the file; the mode sticks to the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new InvalidOperationException($"The accounts database ({description}) could not be migrated: {ex.Message}", ex);
        }

        LogMigrated(logger, description);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task MigrateUnderAdvisoryLockAsync(AccountsDbContext db, CancellationToken cancellationToken)
    {
        // The lock belongs to this connection's session: keep the connection open until it is released.
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await db.Database.ExecuteSqlRawAsync(LockSql, cancellationToken).ConfigureAwait(false);
            try
            {
                await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync(UnlockSql, CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Accounts database ready: {Database}")]
    private static partial void LogMigrated(ILogger logger, string database);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Accounts:MigrateOnStart is off; {Database} must already be migrated")]
    private static partial void LogSkipped(ILogger logger, string database);
}
