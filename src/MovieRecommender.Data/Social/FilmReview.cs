namespace MovieRecommender.Data.Social;

/// <summary>A short text review of a film, one per user and film. The text is stored as written and escaped when shown.</summary>
public sealed class FilmReview
{
    public required string UserId { get; set; }
    public int MovieId { get; set; }

    /// <summary>Plain text, at most <see cref="SocialLimits.MaxReviewLength"/> characters.</summary>
    public required string Text { get; set; }

    /// <summary>Shown collapsed behind a warning until the reader opens it.</summary>
    public bool ContainsSpoilers { get; set; }

    /// <summary>When the review was written or last changed (UTC).</summary>
    public DateTime WrittenAt { get; set; }
}
