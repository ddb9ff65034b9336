namespace MovieRecommender.Web.Presentation;

/// <summary>TMDB's movie genres, offered in the filter form (the API accepts any name).</summary>
public static class KnownGenres
{
    public static IReadOnlyList<string> All { get; } =
    [
        "Action", "Adventure", "Animation", "Comedy", "Crime", "Documentary", "Drama", "Family", "Fantasy",
        "Foreign", "History", "Horror", "Music", "Mystery", "Romance", "Science Fiction", "TV Movie", "Thriller",
        "War", "Western",
    ];
}
