using System.Globalization;
using Microsoft.Extensions.Options;

namespace MovieRecommender.Web.WhereToWatch;

/// <summary>
/// The visitor's region for where-to-watch: a <c>region</c> the visitor chose (query, then the remembered cookie),
/// else the first country named by the browser's languages (<c>Accept-Language: en-GB</c> → GB), else
/// <see cref="WhereToWatchSettings.DefaultRegion"/>.
/// </summary>
public sealed class WatchRegionResolver(IOptions<WhereToWatchSettings> settings)
{
    public const string QueryName = "region";
    public const string CookieName = "mr_region";
    private const int CodeLength = 2;

    public string Resolve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Chosen(context) ?? FromLanguages(context.Request) ?? settings.Value.DefaultRegion;
    }

    /// <summary>The region named in the query or the cookie, normalised, or null.</summary>
    public static string? Chosen(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Normalize(context.Request.Query[QueryName].ToString()) ?? Normalize(context.Request.Cookies[CookieName]);
    }

    /// <summary>Upper-case two-letter code, or null when <paramref name="value"/> is not one.</summary>
    public static string? Normalize(string? value)
    {
        var code = value?.Trim();
        return code is { Length: CodeLength } && code.All(char.IsAsciiLetter) ? code.ToUpperInvariant() : null;
    }

    private static string? FromLanguages(HttpRequest request)
    {
        var header = request.GetTypedHeaders().AcceptLanguage;
        foreach (var language in header.OrderByDescending(l => l.Quality ?? 1))
        {
            var tag = language.Value.Value;
            var dash = tag?.LastIndexOf('-') ?? -1;
            if (dash > 0 && Normalize(tag![(dash + 1)..]) is { } region)
            {
                return region;
            }
        }

        return null;
    }

    /// <summary>The region's English name ("United Kingdom"), or the code when .NET does not know it.</summary>
    public static string DisplayName(string code)
    {
        try
        {
            return new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
