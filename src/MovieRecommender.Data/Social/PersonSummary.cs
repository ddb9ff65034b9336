namespace MovieRecommender.Data.Social;

/// <summary>A user as others see them: handle and display name (never the e-mail or the account id).</summary>
public sealed record PersonSummary(string UserId, string Handle, string DisplayName);
