namespace MovieRecommender.Core.Personalization;

/// <summary>
/// A film of the profile used as a seed: its weight (negative = a signal against), the reason shown for it, and
/// the user's stars when the reason is a rating.
/// </summary>
public sealed record ProfileSeed(int MovieId, double Weight, SeedReason Reason, double? Stars);
