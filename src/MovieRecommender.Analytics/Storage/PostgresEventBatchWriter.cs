using Npgsql;
using NpgsqlTypes;

namespace MovieRecommender.Analytics.Storage;

/// <summary>
/// PostgreSQL bulk path: binary COPY, one statement streaming every row of the batch. COPY is atomic: a failure
/// (a dropped connection, a value too long) stores none of the batch.
/// </summary>
internal sealed class PostgresEventBatchWriter(string connectionString) : IAnalyticsEventBatchWriter
{
    private static readonly string CopySql =
        $"COPY \"{AnalyticsDbContext.EventsTable}\" ({AnalyticsEventColumns.QuotedList}) FROM STDIN (FORMAT BINARY)";

    public async Task WriteAsync(IReadOnlyList<AnalyticsEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return;
        }

        // Npgsql pools connections per connection string, so opening one per batch is cheap.
        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var import = await connection.BeginBinaryImportAsync(CopySql, cancellationToken).ConfigureAwait(false);
            await using (import.ConfigureAwait(false))
            {
                // Same order as AnalyticsEventColumns.Names.
                foreach (var e in events)
                {
                    await import.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await import.WriteAsync(AnalyticsEventColumns.Utc(e.OccurredAt), NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
                    await import.WriteAsync((int)e.Kind, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                    await WriteTextAsync(import, e.List, cancellationToken).ConfigureAwait(false);
                    await WriteIntegerAsync(import, e.MovieId, cancellationToken).ConfigureAwait(false);
                    await WriteIntegerAsync(import, e.Position, cancellationToken).ConfigureAwait(false);
                    await WriteIntegerAsync(import, e.SourceId, cancellationToken).ConfigureAwait(false);
                    await WriteTextAsync(import, e.Algorithm, cancellationToken).ConfigureAwait(false);
                    await WriteTextAsync(import, e.Experiment, cancellationToken).ConfigureAwait(false);
                    await WriteTextAsync(import, e.Variant, cancellationToken).ConfigureAwait(false);
                    await WriteTextAsync(import, e.Subject, cancellationToken).ConfigureAwait(false);
                    await WriteTextAsync(import, e.Query, cancellationToken).ConfigureAwait(false);
                    await WriteIntegerAsync(import, e.ResultCount, cancellationToken).ConfigureAwait(false);
                }

                // Without Complete the import is rolled back when disposed.
                await import.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static Task WriteTextAsync(NpgsqlBinaryImporter import, string? value, CancellationToken cancellationToken) =>
        value is null ? import.WriteNullAsync(cancellationToken) : import.WriteAsync(value, NpgsqlDbType.Varchar, cancellationToken);

    private static Task WriteIntegerAsync(NpgsqlBinaryImporter import, int? value, CancellationToken cancellationToken) =>
        value is { } number ? import.WriteAsync(number, NpgsqlDbType.Integer, cancellationToken) : import.WriteNullAsync(cancellationToken);
}
