using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Web.Tests.Infrastructure;

/// <summary>A tiny hand-made catalog for the fake engine.</summary>
public static class TestMovies
{
    public static Movie Heat { get; } = new()
    {
        Id = 949,
        Title = "Heat",
        ReleaseDate = new DateOnly(1995, 12, 15),
        Genres = ["Action", "Crime", "Drama", "Thriller"],
        Keywords = ["robbery", "detective"],
        Directors = ["Michael Mann"],
        Cast = ["Al Pacino", "Robert De Niro"],
        Companies = ["Regency Enterprises"],
        Countries = ["US"],
        OriginalLanguage = "en",
        RuntimeMinutes = 170,
        VoteAverage = 7.7,
        VoteCount = 1886,
        Popularity = 40,
        PosterPath = "/obhM86qyv8RsE69XSMTtT9FdE0b.jpg",
        ImdbId = "tt0113277",
        Overview = "Obsessive master thief Neil McCauley leads a top-notch crew.",
        Tagline = "A Los Angeles crime saga",
    };

    public static Movie Collateral { get; } = new()
    {
        Id = 1538,
        Title = "Collateral",
        ReleaseDate = new DateOnly(2004, 8, 5),
        Genres = ["Drama", "Crime", "Thriller"],
        Directors = ["Michael Mann"],
        Cast = ["Tom Cruise", "Jamie Foxx"],
        Companies = ["DreamWorks"],
        OriginalLanguage = "en",
        RuntimeMinutes = 120,
        VoteAverage = 7.0,
        VoteCount = 2000,
        ImdbId = "tt0369339",
    };

    public static Movie DarkKnight { get; } = new()
    {
        Id = 155,
        Title = "The Dark Knight",
        ReleaseDate = new DateOnly(2008, 7, 16),
        Genres = ["Drama", "Action", "Crime", "Thriller"],
        Keywords = ["vigilante"],
        Directors = ["Christopher Nolan"],
        Cast = ["Christian Bale", "Heath Ledger"],
        OriginalLanguage = "en",
        RuntimeMinutes = 152,
        VoteAverage = 8.2,
        VoteCount = 12002,
        PosterPath = "/qJ2tW6WMUDux911r6m7haRef0WH.jpg",
        ImdbId = "tt0468569",
    };

    /// <summary>A catalog row full of markup, to prove the views encode what they show.</summary>
    public static Movie Hostile { get; } = new()
    {
        Id = 666,
        Title = "<script>alert('x')</script> Movie",
        ReleaseDate = new DateOnly(2001, 1, 1),
        Genres = ["<b>Drama</b>"],
        Directors = ["\"><img src=x onerror=alert(1)>"],
        PosterPath = "javascript:alert(1)",
        ImdbId = "tt1\"><script>",
        Overview = "<iframe src=//evil></iframe>",
        VoteAverage = 5,
        VoteCount = 10,
    };

    public static IReadOnlyList<Movie> All { get; } = [Heat, Collateral, DarkKnight, Hostile];
}
