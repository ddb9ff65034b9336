using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Tests.TestSupport;

/// <summary>
/// A small world with two tastes: films 0–23 are "space" films (one director each of two), 24–47 "garden" films,
/// and films 48–51 are new releases nobody rated yet (two of each kind: cold start). Users of each taste rate
/// 12 films of their kind 4–5 stars and 2 of the other kind 1–2 stars. Everything is seeded, so tests are stable.
/// </summary>
public static class TasteWorld
{
    public const int FilmsPerTaste = 24;
    public const int ColdFilms = 4;
    public const int FilmCount = (2 * FilmsPerTaste) + ColdFilms;
    public const int UsersPerTaste = 60;
    public const int FirstColdFilm = 2 * FilmsPerTaste;

    /// <summary>TMDB id of the film at a catalog index (ids differ from indices on purpose).</summary>
    public static int IdOf(int film) => 1000 + film;

    public static bool IsSpace(int film) => film < FilmsPerTaste || film is FirstColdFilm or FirstColdFilm + 1;

    public static IReadOnlyList<Movie> Movies()
    {
        var movies = new List<Movie>(FilmCount);
        for (int film = 0; film < FilmCount; film++)
        {
            bool space = IsSpace(film);
            movies.Add(new Movie
            {
                Id = IdOf(film),
                Title = (space ? "Star Voyage " : "Rose Garden ") + film.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Genres = space ? ["Science Fiction", "Action"] : ["Drama", "Romance"],
                Keywords = space ? ["space", film % 2 == 0 ? "alien" : "robot"] : ["garden", film % 2 == 0 ? "family" : "letters"],
                Directors = [space ? (film % 2 == 0 ? "Ann Lee" : "Max Ray") : (film % 2 == 0 ? "Bo Chan" : "Eve Moss")],
                Overview = space ? "A crew travels between the stars." : "A family tends a garden through the seasons.",
                ReleaseDate = new DateOnly(1990 + (film % 30), 1, 1),
                VoteCount = 100 + (film * 37 % 900),
                VoteAverage = 6 + (film % 4 * 0.5),
                Popularity = 10 + film,
                OriginalLanguage = "en",
                Countries = ["US"],
                RuntimeMinutes = 110,
            });
        }

        return movies;
    }

    /// <summary>The content settings of <see cref="ContentModel"/> (an update of it must be run with the same).</summary>
    public static ModelBuildOptions BuildOptions { get; } = new()
    {
        TfIdf = new TfIdfOptions { MinDocumentFrequency = 1, MaxDocumentFrequencyRatio = 1.0 },
        Neighbours = new NeighbourOptions { Neighbours = 10 },
        TopTermsPerMovie = 8,
    };

    public static RecommenderModel ContentModel() => RecommenderModelBuilder.Build(Movies(), BuildOptions).Model;

    public static IReadOnlyList<UserFilmRating> Ratings(int seed = 7)
    {
        var random = new Random(seed);
        var ratings = new List<UserFilmRating>();
        for (int user = 0; user < 2 * UsersPerTaste; user++)
        {
            bool space = user < UsersPerTaste;
            int own = space ? 0 : FilmsPerTaste;
            int other = space ? FilmsPerTaste : 0;
            foreach (int film in Enumerable.Range(own, FilmsPerTaste).OrderBy(_ => random.Next()).Take(12))
            {
                ratings.Add(new UserFilmRating(user + 1, film, random.Next(2) == 0 ? 4.0f : 5.0f));
            }

            foreach (int film in Enumerable.Range(other, FilmsPerTaste).OrderBy(_ => random.Next()).Take(2))
            {
                ratings.Add(new UserFilmRating(user + 1, film, random.Next(2) == 0 ? 1.0f : 2.0f));
            }
        }

        return ratings;
    }

    public static RatingMatrix Matrix() => RatingMatrix.FromRatings(Ratings(), FilmCount).Matrix;
}
