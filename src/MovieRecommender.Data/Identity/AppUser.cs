using Microsoft.AspNetCore.Identity;

namespace MovieRecommender.Data.Identity;

/// <summary>An account. Everything personal hangs off its Id and is deleted with it.</summary>
public class AppUser : IdentityUser
{
    /// <summary>When the account was created (UTC).</summary>
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
