using System.Text.RegularExpressions;

namespace MovieRecommender.Web.Tests.Infrastructure;

/// <summary>The admin login form as a browser fills it in: the antiforgery token from the page, then the key.</summary>
public static partial class AdminForms
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>Reads the form's antiforgery token (the client must keep cookies, which the factory's client does).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page = "/admin/login") =>
        TokenPattern().Match(await client.GetStringAsync(page)).Groups[1].Value;

    public static FormUrlEncodedContent Login(string token, string key) =>
        new([new("key", key), new(TokenField, token)]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
