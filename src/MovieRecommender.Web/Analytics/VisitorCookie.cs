using System.Buffers.Text;
using System.Security.Cryptography;

namespace MovieRecommender.Web.Analytics;

/// <summary>
/// The random first-party visitor id: 128 random bits, nothing derived from the person or the device. HttpOnly (only
/// the server reads it), SameSite=Lax, a year long.
/// </summary>
public static class VisitorCookie
{
    public const string Name = "mr_vid";
    private const int IdBytes = 16;
    private const int EncodedLength = 22;
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    public static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(IdBytes));

    /// <summary>The id if the request carries a well-formed one (anything else is ignored and replaced).</summary>
    public static string? Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var value = request.Cookies[Name];
        return value is { Length: EncodedLength } && Base64Url.IsValid(value) ? value : null;
    }

    public static void Write(HttpResponse response, string id)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(Name, id, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = false,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            MaxAge = Lifetime,
            Path = "/",
        });
    }
}
