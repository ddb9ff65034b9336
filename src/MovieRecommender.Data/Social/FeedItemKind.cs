namespace MovieRecommender.Data.Social;

/// <summary>What a feed entry reports.</summary>
public enum FeedItemKind
{
    Rating = 1,
    Review = 2,
}
