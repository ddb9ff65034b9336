using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace MovieRecommender.Web.Localization;

/// <summary>The language switcher's target: remembers the choice in the standard culture cookie and goes back.</summary>
public sealed class CultureController(SupportedCultures supported) : Controller
{
    public const string Path = "/culture";

    /// <summary>The chosen language lasts this long, like the other preference cookies.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    /// <remarks>
    /// No antiforgery token: the worst a forged post can do is switch the display language, and a token on every page
    /// (the switcher is in the layout) would make every page uncacheable.
    /// </remarks>
    [HttpPost(Path)]
    [IgnoreAntiforgeryToken]
    public IActionResult Set([FromForm] string? culture, [FromForm] string? returnUrl)
    {
        var chosen = supported.Find(culture);
        if (chosen is null)
        {
            return BadRequest();
        }

        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions
            {
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
                MaxAge = Lifetime,
                Path = "/",
            });
        return LocalRedirect(LanguageLinks.WithoutCultureQuery(LocalOrHome(returnUrl)));
    }

    /// <summary>Only a path on this site: never redirect a visitor elsewhere.</summary>
    private string LocalOrHome(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    internal static string DisplayName(CultureInfo culture) =>
        culture.NativeName.Length == 0 ? culture.Name : culture.TextInfo.ToUpper(culture.NativeName[0]) + culture.NativeName[1..];
}
