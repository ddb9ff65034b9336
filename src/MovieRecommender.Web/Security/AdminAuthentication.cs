namespace MovieRecommender.Web.Security;

/// <summary>Names of the admin cookie authentication scheme.</summary>
public static class AdminAuthentication
{
    public const string Scheme = "AdminCookie";
    public const string CookieName = "mr_admin";
    public const string LoginPath = "/admin/login";
}
