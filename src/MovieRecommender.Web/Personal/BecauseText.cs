using System.Globalization;
using Microsoft.Extensions.Localization;
using MovieRecommender.Core.Personalization;
using MovieRecommender.Web.Personal.Contracts;

namespace MovieRecommender.Web.Personal;

/// <summary>Words for why a profile film brought a recommendation in.</summary>
public static class BecauseText
{
    public const string Rated = "rated";
    public const string Liked = "liked";
    public const string Watched = "watched";
    public const string Watchlisted = "watchlisted";

    public static string ReasonName(SeedReason reason) => reason switch
    {
        SeedReason.Rated => Rated,
        SeedReason.Liked => Liked,
        SeedReason.Watched => Watched,
        _ => Watchlisted,
    };

    /// <summary>
    /// The API's <c>text</c>: stable English, like the rest of the JSON. Pages use
    /// <see cref="For(IStringLocalizer, BecauseDto)"/> instead.
    /// </summary>
    public static string For(string title, ProfileSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        return seed.Reason switch
        {
            SeedReason.Rated => $"Because you rated {title} {Stars(seed.Stars ?? 0)}",
            SeedReason.Liked => $"Because you liked {title}",
            SeedReason.Watched => $"Because you watched {title}",
            _ => $"Because {title} is on your watchlist",
        };
    }

    /// <summary>"Because you rated Heat 5★" in the request's language, for the for-you page's cards.</summary>
    public static string For(IStringLocalizer text, BecauseDto because)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(because);
        return because.Reason switch
        {
            Rated => text["ForYou.Because.Rated", because.Title, Stars(because.Rating ?? 0)],
            Liked => text["ForYou.Because.Liked", because.Title],
            Watched => text["ForYou.Because.Watched", because.Title],
            _ => text["ForYou.Because.Watchlisted", because.Title],
        };
    }

    /// <summary>4.5 → "4½★", 5 → "5★", 0.5 → "½★".</summary>
    public static string Stars(double stars)
    {
        var whole = (int)Math.Floor(stars);
        var half = stars - whole >= 0.5;
        return (whole > 0 ? whole.ToString(CultureInfo.InvariantCulture) : string.Empty) + (half ? "½" : string.Empty) + "★";
    }
}
