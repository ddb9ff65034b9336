namespace MovieRecommender.Core.Personalization;

/// <summary>Turns a profile into weighted seed films. Swappable: a hybrid scorer may weigh the profile differently.</summary>
public interface IProfileSeedSelector
{
    /// <param name="profile">The person's ratings, likes, watches and watchlist.</param>
    /// <param name="isKnown">Whether a film is in the model served now (others cannot be seeds).</param>
    /// <param name="now">For recency.</param>
    IReadOnlyList<ProfileSeed> SelectSeeds(UserProfile profile, Func<int, bool> isKnown, DateTime now);
}
