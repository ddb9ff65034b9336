namespace MovieRecommender.Core.Personalization;

/// <summary>Why a film of the profile is a seed; the strongest reason is the one shown ("because you rated …").</summary>
public enum SeedReason
{
    Rated = 0,
    Liked = 1,
    Watched = 2,
    Watchlisted = 3,
}
