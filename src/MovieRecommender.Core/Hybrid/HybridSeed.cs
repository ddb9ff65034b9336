namespace MovieRecommender.Core.Hybrid;

/// <summary>A film the user likes or rated (catalog index) and the rating; "films like X" uses <see cref="LikedRating"/>.</summary>
public readonly record struct HybridSeed(int Film, float Rating)
{
    /// <summary>The rating assumed for a film a request names as liked.</summary>
    public const float LikedRating = 5.0f;

    /// <summary>The liked films of a profile (rating ≥ 4), or every film when none is liked: a profile's similarity seeds.</summary>
    public static HybridSeed[] LikedOrAll(IReadOnlyList<HybridSeed> rated)
    {
        ArgumentNullException.ThrowIfNull(rated);
        HybridSeed[] liked = [.. rated.Where(r => r.Rating >= Collaborative.RatingScale.LikedAtLeast)];
        return liked.Length > 0 ? liked : [.. rated];
    }
}
