using MovieRecommender.Data.Configurations;
using MovieRecommender.Data.Personal;

namespace MovieRecommender.Data.Social;

/// <summary>
/// Idempotent inserts as plain SQL both providers accept word for word (INSERT … ON CONFLICT): following twice, two
/// tabs reviewing at once or a double-clicked "join" end as one row, never a unique-key error.
/// </summary>
internal static class SocialSql
{
    public const string InsertFollow =
        $"INSERT INTO \"{SocialTables.Follows}\" (\"FollowerId\", \"FolloweeId\", \"FollowedAt\") VALUES ({{0}}, {{1}}, {{2}}) " +
        "ON CONFLICT (\"FollowerId\", \"FolloweeId\") DO NOTHING";

    public const string InsertBlock =
        $"INSERT INTO \"{SocialTables.Blocks}\" (\"BlockerId\", \"BlockedId\", \"BlockedAt\") VALUES ({{0}}, {{1}}, {{2}}) " +
        "ON CONFLICT (\"BlockerId\", \"BlockedId\") DO NOTHING";

    public const string UpsertReview =
        $"INSERT INTO \"{SocialTables.Reviews}\" (\"UserId\", \"MovieId\", \"Text\", \"ContainsSpoilers\", \"WrittenAt\") VALUES ({{0}}, {{1}}, {{2}}, {{3}}, {{4}}) " +
        "ON CONFLICT (\"UserId\", \"MovieId\") DO UPDATE SET \"Text\" = excluded.\"Text\", \"ContainsSpoilers\" = excluded.\"ContainsSpoilers\", \"WrittenAt\" = excluded.\"WrittenAt\"";

    public const string InsertMember =
        $"INSERT INTO \"{SocialTables.ListMembers}\" (\"ListId\", \"UserId\", \"Role\", \"JoinedAt\") VALUES ({{0}}, {{1}}, {{2}}, {{3}}) " +
        "ON CONFLICT (\"ListId\", \"UserId\") DO NOTHING";

    public const string InsertListFilm =
        $"INSERT INTO \"{SocialTables.ListFilms}\" (\"ListId\", \"MovieId\", \"AddedById\", \"AddedAt\") VALUES ({{0}}, {{1}}, {{2}}, {{3}}) " +
        "ON CONFLICT (\"ListId\", \"MovieId\") DO NOTHING";

    public const string InsertWatchService =
        $"INSERT INTO \"{PersonalTables.WatchServices}\" (\"UserId\", \"ProviderId\") VALUES ({{0}}, {{1}}) " +
        "ON CONFLICT (\"UserId\", \"ProviderId\") DO NOTHING";
}
