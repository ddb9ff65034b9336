namespace MovieRecommender.Web.Accounts;

/// <summary>Names and paths of the sign-in cookie and the account pages.</summary>
public static class AccountCookie
{
    public const string Name = "mr_auth";
    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/logout";
    public const string RegisterPath = "/account/register";

    /// <summary>A "remember me" sign-in lasts this long, renewed while the user keeps coming back.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);
}
