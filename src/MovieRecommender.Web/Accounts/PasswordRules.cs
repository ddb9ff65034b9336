namespace MovieRecommender.Web.Accounts;

/// <summary>
/// Password and lockout policy. Length over composition (NIST SP 800-63B): at least 10 characters with a few
/// different ones, no forced symbols or capitals; repeated wrong passwords lock the account for a while.
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 10;
    public const int MaxLength = 128;
    public const int MinUniqueCharacters = 4;
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
}
