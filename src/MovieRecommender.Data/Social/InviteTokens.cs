using System.Security.Cryptography;

namespace MovieRecommender.Data.Social;

/// <summary>Unguessable invite secrets: 24 random bytes, base64url (32 characters, safe in a path).</summary>
public static class InviteTokens
{
    private const int RandomBytes = 24;

    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(RandomBytes)).Replace('+', '-').Replace('/', '_');

    /// <summary>True when the text could be a token at all (checked before any database lookup).</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: SocialLimits.InviteTokenLength } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
