using System.Text;
using MovieRecommender.Data.Configurations;

namespace MovieRecommender.Data.Personal;

/// <summary>
/// Upserts as plain SQL that SQLite (3.24+) and PostgreSQL both accept word for word: INSERT … ON CONFLICT on the
/// (user, film) key. The database resolves a race between two writers, so concurrent writes never surface as a
/// unique-key error. Identifiers are constants; every value is a parameter.
/// </summary>
internal static class PersonalSql
{
    public const string UpsertRating =
        $"INSERT INTO \"{PersonalTables.Ratings}\" (\"UserId\", \"MovieId\", \"HalfStars\", \"RatedAt\") VALUES ({{0}}, {{1}}, {{2}}, {{3}}) " +
        "ON CONFLICT (\"UserId\", \"MovieId\") DO UPDATE SET \"HalfStars\" = excluded.\"HalfStars\", \"RatedAt\" = excluded.\"RatedAt\"";

    public const string InsertLike =
        $"INSERT INTO \"{PersonalTables.Likes}\" (\"UserId\", \"MovieId\", \"LikedAt\") VALUES ({{0}}, {{1}}, {{2}}) " +
        "ON CONFLICT (\"UserId\", \"MovieId\") DO NOTHING";

    public const string InsertWatchlist =
        $"INSERT INTO \"{PersonalTables.Watchlist}\" (\"UserId\", \"MovieId\", \"AddedAt\") VALUES ({{0}}, {{1}}, {{2}}) " +
        "ON CONFLICT (\"UserId\", \"MovieId\") DO NOTHING";

    public const string UpsertWatched =
        $"INSERT INTO \"{PersonalTables.Watched}\" (\"UserId\", \"MovieId\", \"WatchedOn\", \"MarkedAt\") VALUES ({{0}}, {{1}}, {{2}}, {{3}}) " +
        "ON CONFLICT (\"UserId\", \"MovieId\") DO UPDATE SET \"WatchedOn\" = excluded.\"WatchedOn\", \"MarkedAt\" = excluded.\"MarkedAt\"";

    public const string InsertHistory =
        $"INSERT INTO \"{PersonalTables.History}\" (\"UserId\", \"MovieId\", \"Kind\", \"At\") VALUES ({{0}}, {{1}}, {{2}}, {{3}})";

    // Import upserts: re-importing a file must change nothing, so an existing row is rewritten only with the
    // file's own values, and only when they differ: the affected-row count is then the number of rows the import
    // added or changed (both databases leave a row the WHERE skips out of the count).
    private const string RatingsImportHead = $"INSERT INTO \"{PersonalTables.Ratings}\" (\"UserId\", \"MovieId\", \"HalfStars\", \"RatedAt\") VALUES ";
    private const string RatingsImportTail =
        " ON CONFLICT (\"UserId\", \"MovieId\") DO UPDATE SET \"HalfStars\" = excluded.\"HalfStars\", \"RatedAt\" = excluded.\"RatedAt\"" +
        $" WHERE \"{PersonalTables.Ratings}\".\"HalfStars\" <> excluded.\"HalfStars\" OR \"{PersonalTables.Ratings}\".\"RatedAt\" <> excluded.\"RatedAt\"";
    private const string LikesImportHead = $"INSERT INTO \"{PersonalTables.Likes}\" (\"UserId\", \"MovieId\", \"LikedAt\") VALUES ";
    private const string WatchlistImportHead = $"INSERT INTO \"{PersonalTables.Watchlist}\" (\"UserId\", \"MovieId\", \"AddedAt\") VALUES ";
    private const string DoNothingTail = " ON CONFLICT (\"UserId\", \"MovieId\") DO NOTHING";
    private const string WatchedImportHead = $"INSERT INTO \"{PersonalTables.Watched}\" (\"UserId\", \"MovieId\", \"WatchedOn\", \"MarkedAt\") VALUES ";
    private const string WatchedImportTail =
        " ON CONFLICT (\"UserId\", \"MovieId\") DO UPDATE SET \"WatchedOn\" = excluded.\"WatchedOn\"" +
        $" WHERE \"{PersonalTables.Watched}\".\"WatchedOn\" <> excluded.\"WatchedOn\"";

    public static string RatingsImport(int rows) => MultiRow(RatingsImportHead, RatingsImportTail, rows, 4);

    public static string LikesImport(int rows) => MultiRow(LikesImportHead, DoNothingTail, rows, 3);

    public static string WatchlistImport(int rows) => MultiRow(WatchlistImportHead, DoNothingTail, rows, 3);

    public static string WatchedImport(int rows) => MultiRow(WatchedImportHead, WatchedImportTail, rows, 4);

    /// <summary>"INSERT … VALUES ({0}, {1}, …), ({4}, …) ON CONFLICT …" with placeholders only, for EF to parameterise.</summary>
    private static string MultiRow(string head, string tail, int rows, int columns)
    {
        var sql = new StringBuilder(head, head.Length + tail.Length + (rows * columns * 8));
        for (int row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (int column = 0; column < columns; column++)
            {
                int index = (row * columns) + column;
                sql.Append(column == 0 ? "{" : ", {").Append(index).Append('}');
            }

            sql.Append(')');
        }

        return sql.Append(tail).ToString();
    }
}
