namespace MovieRecommender.Web.Accounts;

/// <summary>Authentication scheme names of the accounts feature.</summary>
public static class AccountSchemes
{
    /// <summary>
    /// The API's scheme: the bearer token when the request sends one, else the sign-in cookie; its challenge is a
    /// plain 401 (never a redirect). Also the app's default scheme, so pages know who is signed in.
    /// </summary>
    public const string Api = "MovieRecommender.CookieOrBearer";

    /// <summary>
    /// Identity's sign-in cookie scheme (IdentityConstants.ApplicationScheme, which is not a constant and so cannot
    /// go in an attribute): pages that need a signed-in user name it, so the challenge redirects to the sign-in page.
    /// </summary>
    public const string Cookie = "Identity.Application";
}
