namespace MovieRecommender.Data.Configurations;

/// <summary>Table names of the personal data, shared by the EF configurations and the store's upsert SQL.</summary>
public static class PersonalTables
{
    public const string Ratings = "Ratings";
    public const string Likes = "Likes";
    public const string Watchlist = "Watchlist";
    public const string Watched = "Watched";
    public const string History = "History";
    public const string WatchServices = "WatchServices";
}
