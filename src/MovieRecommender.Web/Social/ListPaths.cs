using System.Globalization;

namespace MovieRecommender.Web.Social;

/// <summary>Addresses of the shared-list pages.</summary>
public static class ListPaths
{
    public const string Index = "/lists";
    public const string JoinPrefix = "/lists/join/";

    public static string List(Guid id) => Index + "/" + id.ToString("N", CultureInfo.InvariantCulture);

    public static string Join(string inviteToken) => JoinPrefix + inviteToken;
}
