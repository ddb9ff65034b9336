using System.Globalization;
using MovieRecommender.Core.Personalization;

namespace MovieRecommender.Web.Personal;

/// <summary>Words for why a profile film brought a recommendation in.</summary>
public static class BecauseText
{
    public static string ReasonName(SeedReason reason) => reason switch
    {
        SeedReason.Rated => "rated",
        SeedReason.Liked => "liked",
        SeedReason.Watched => "watched",
        _ => "watchlisted",
    };

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

    /// <summary>4.5 → "4½★", 5 → "5★", 0.5 → "½★".</summary>
    public static string Stars(double stars)
    {
        var whole = (int)Math.Floor(stars);
        var half = stars - whole >= 0.5;
        return (whole > 0 ? whole.ToString(CultureInfo.InvariantCulture) : string.Empty) + (half ? "½" : string.Empty) + "★";
    }
}
