using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace MovieRecommender.Web.Localization;

/// <summary>The layout's language switcher and its hreflang alternates for the current page.</summary>
public sealed class LanguageLinks(SupportedCultures supported)
{
    /// <summary>Query parameters the request-culture provider reads (ASP.NET Core's defaults).</summary>
    public const string CultureQueryKey = "culture";
    public const string UICultureQueryKey = "ui-culture";

    /// <summary>hreflang of the page for visitors whose language is not offered.</summary>
    public const string DefaultHreflang = "x-default";

    public LanguageMenuViewModel For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var current = CultureInfo.CurrentUICulture;
        var here = WithoutCultureQuery(request.PathBase + request.Path + request.QueryString);
        var origin = request.Scheme + "://" + request.Host.ToUriComponent();
        var alternates = supported.Cultures
            .Select(c => new AlternateLinkViewModel(c.Name, origin + QueryHelpers.AddQueryString(here, CultureQueryKey, c.Name)))
            .Append(new AlternateLinkViewModel(DefaultHreflang, origin + here))
            .ToList();
        var options = supported.Cultures
            .Select(c => new LanguageOptionViewModel(c.Name, CultureController.DisplayName(c), IsCurrent(c, current)))
            .ToList();
        return new LanguageMenuViewModel(current.Name, here, options, alternates);
    }

    /// <summary>The same local URL without ?culture= / ?ui-culture=, which would override the cookie just set.</summary>
    public static string WithoutCultureQuery(string localUrl)
    {
        ArgumentNullException.ThrowIfNull(localUrl);
        var queryStart = localUrl.IndexOf('?', StringComparison.Ordinal);
        if (queryStart < 0)
        {
            return localUrl;
        }

        var kept = QueryHelpers.ParseQuery(localUrl[queryStart..])
            .Where(p => !string.Equals(p.Key, CultureQueryKey, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(p.Key, UICultureQueryKey, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? string.Empty)));
        var query = new QueryBuilder(kept).ToQueryString();
        return localUrl[..queryStart] + query;
    }

    private static bool IsCurrent(CultureInfo offered, CultureInfo current) =>
        string.Equals(offered.Name, current.Name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(offered.Name, current.Parent.Name, StringComparison.OrdinalIgnoreCase);
}
