using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using MovieRecommender.Web.Security;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Analytics;

/// <summary>
/// Who a request is, for experiments and distinct-visitor counts: the signed-in user's id, else the visitor cookie;
/// null when tracking is off or the visitor has no id yet. <see cref="StoredKey"/> is what the database keeps: a
/// truncated SHA-256, which a database reader cannot turn back into the cookie or the account.
/// </summary>
public static class AnalyticsSubject
{
    public const string NewVisitorItem = "mr.visitor.new";
    private const int StoredKeyHexLength = 32;

    public static string? Resolve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.RequestServices.GetRequiredService<IOptions<AnalyticsSettings>>().Value;
        if (!settings.Enabled || !TrackingConsent.IsTrackingAllowed(context.Request))
        {
            return null;
        }

        var user = context.User;
        if (user.Identity is { IsAuthenticated: true, AuthenticationType: not AdminAuthentication.Scheme }
            && user.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } userId)
        {
            return ForUser(userId);
        }

        var visitor = VisitorCookie.Read(context.Request) ?? context.Items[NewVisitorItem] as string;
        return visitor is null ? null : "v:" + visitor;
    }

    /// <summary>The subject of a signed-in user (what <see cref="Resolve"/> returns for them).</summary>
    public static string ForUser(string userId) => "u:" + userId;

    public static string StoredKey(string subject) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(subject)))[..StoredKeyHexLength];
}
