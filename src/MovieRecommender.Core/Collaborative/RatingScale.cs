namespace MovieRecommender.Core.Collaborative;

/// <summary>Ratings are stars from 0.5 to 5 in half steps (MovieLens and the app's own ratings alike).</summary>
public static class RatingScale
{
    public const float Min = 0.5f;
    public const float Max = 5.0f;

    /// <summary>A rating at or above this counts as "liked" (evaluation, explanations, ranker labels).</summary>
    public const float LikedAtLeast = 4.0f;

    public static bool IsValid(float rating) => rating is >= Min and <= Max;
}
