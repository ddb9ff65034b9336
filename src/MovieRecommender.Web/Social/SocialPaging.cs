namespace MovieRecommender.Web.Social;

/// <summary>Paging of the social pages and API.</summary>
public static class SocialPaging
{
    public const int PageSize = 24;

    /// <summary>The feed merges two sorted reads of offset + n rows each, so how deep it can page is bounded.</summary>
    public const int MaxFeedOffset = 2_000;
}
