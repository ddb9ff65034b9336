using Microsoft.Data.Sqlite;

namespace MovieRecommender.Analytics.Storage;

/// <summary>
/// SQLite bulk path: one transaction, one prepared INSERT whose parameters are rebound per row. SQLite has no
/// network round trip, so a prepared single-row statement is as fast as a multi-row one and needs no chunking by
/// the parameter limit; the commit is the cost, and it is paid once per batch.
/// </summary>
internal sealed class SqliteEventBatchWriter(string connectionString) : IAnalyticsEventBatchWriter
{
    // WAL itself is set once on the file by the migration (it persists); synchronous is per connection. NORMAL in WAL
    // mode cannot corrupt the file, it only risks the last commits on power loss, which events can afford.
    private const string ConnectionPragmas = "PRAGMA synchronous=NORMAL;";

    private static readonly string InsertSql =
        $"INSERT INTO \"{AnalyticsDbContext.EventsTable}\" ({AnalyticsEventColumns.QuotedList}) VALUES ("
        + string.Join(", ", AnalyticsEventColumns.Names.Select((_, i) => $"$p{i}")) + ")";

    public async Task WriteAsync(IReadOnlyList<AnalyticsEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return;
        }

        var connection = new SqliteConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var pragmas = connection.CreateCommand();
            await using (pragmas.ConfigureAwait(false))
            {
                pragmas.CommandText = ConnectionPragmas;
                await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var insert = connection.CreateCommand();
                await using (insert.ConfigureAwait(false))
                {
                    insert.Transaction = transaction;
                    insert.CommandText = InsertSql;
                    var parameters = AnalyticsEventColumns.Names.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
                    insert.Prepare();
                    foreach (var item in events)
                    {
                        Bind(parameters, item);
                        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // Same order as AnalyticsEventColumns.Names. DateTime binds as the same 'yyyy-MM-dd HH:mm:ss.FFFFFFF' text EF
    // Core writes and queries, so the reports compare bulk-written rows correctly.
    private static void Bind(SqliteParameter[] p, AnalyticsEvent e)
    {
        p[0].Value = AnalyticsEventColumns.Utc(e.OccurredAt);
        p[1].Value = (int)e.Kind;
        p[2].Value = (object?)e.List ?? DBNull.Value;
        p[3].Value = (object?)e.MovieId ?? DBNull.Value;
        p[4].Value = (object?)e.Position ?? DBNull.Value;
        p[5].Value = (object?)e.SourceId ?? DBNull.Value;
        p[6].Value = (object?)e.Algorithm ?? DBNull.Value;
        p[7].Value = (object?)e.Experiment ?? DBNull.Value;
        p[8].Value = (object?)e.Variant ?? DBNull.Value;
        p[9].Value = (object?)e.Subject ?? DBNull.Value;
        p[10].Value = (object?)e.Query ?? DBNull.Value;
        p[11].Value = (object?)e.ResultCount ?? DBNull.Value;
    }
}
