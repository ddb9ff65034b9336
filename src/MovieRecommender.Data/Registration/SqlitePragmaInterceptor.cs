using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MovieRecommender.Data.Registration;

/// <summary>
/// Per-connection SQLite settings. synchronous=FULL makes every commit durable before it is acknowledged (WAL's
/// default NORMAL can lose the last commits on power loss); busy_timeout lets a writer wait for another's lock
/// inside SQLite instead of failing. WAL itself is a property of the file, set once by the migrator.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
