namespace MovieRecommender.Web.Social.Contracts;

/// <summary>Body of <c>PUT /api/v1/me/reviews/{movieId}</c>.</summary>
public sealed record ReviewRequest
{
    /// <summary>1–1000 characters of plain text; line breaks are kept.</summary>
    public string? Text { get; init; }

    /// <summary>Readers see a warning and open the review themselves.</summary>
    public bool ContainsSpoilers { get; init; }
}
