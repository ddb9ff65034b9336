namespace MovieRecommender.Web.Personal.Contracts;

/// <summary>The account part of the export (never the password hash or security stamps).</summary>
public sealed record ExportAccountDto(string Id, string? Email, DateTime CreatedAt, bool LockoutEnabled, int AccessFailedCount);
