namespace MovieRecommender.Core.Recommendations;

/// <summary>A seed film (TMDB id) and how much it contributed to a recommended film's score.</summary>
public sealed record SeedContribution(int MovieId, double Contribution);
