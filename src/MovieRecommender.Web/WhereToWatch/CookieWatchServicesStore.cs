using System.Globalization;

namespace MovieRecommender.Web.WhereToWatch;

/// <summary>Keeps an anonymous visitor's saved services in a cookie of the browser.</summary>
public static class CookieWatchServicesStore
{
    public const string CookieName = "mr_services";
    public const int MaxServices = 30;
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    public static IReadOnlyList<int> Read(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = context.Request.Cookies[CookieName];
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        return [.. value.Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0)
            .Distinct()
            .Take(MaxServices)];
    }

    public static void Save(HttpContext context, IReadOnlyList<int> providerIds)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(providerIds);
        if (providerIds.Count == 0)
        {
            context.Response.Cookies.Delete(CookieName);
            return;
        }

        var value = string.Join('.', providerIds.Where(id => id > 0).Distinct().Take(MaxServices).Select(id => id.ToString(CultureInfo.InvariantCulture)));
        context.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            MaxAge = Lifetime,
        });
    }
}
