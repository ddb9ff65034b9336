namespace MovieRecommender.Data.Configurations;

/// <summary>Table names of the social data, shared by the EF configurations and the stores' upsert SQL.</summary>
public static class SocialTables
{
    public const string Profiles = "Profiles";
    public const string Follows = "Follows";
    public const string Blocks = "Blocks";
    public const string Reviews = "Reviews";
    public const string Lists = "SharedLists";
    public const string ListMembers = "SharedListMembers";
    public const string ListFilms = "SharedListFilms";
}
