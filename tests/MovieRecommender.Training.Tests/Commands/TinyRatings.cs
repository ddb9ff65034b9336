namespace MovieRecommender.Training.Tests.Commands;

/// <summary>
/// Ratings and links for the tests' eight-film catalogs (TMDB ids 1–8): 40 users, each rating 7 of the 8 films
/// (action fans like action films, drama fans drama), plus one rating of a MovieLens film the catalog does not hold.
/// MovieLens ids are TMDB id + 100, mapped by the links file.
/// </summary>
internal static class TinyRatings
{
    public static (string Ratings, string Links) Write(string directory)
    {
        var ratings = new List<string> { "userId,movieId,rating,timestamp" };
        for (var user = 1; user <= 40; user++)
        {
            for (var film = 1; film <= 8; film++)
            {
                if ((film + user) % 8 == 0)
                {
                    continue;
                }

                var likes = (film % 2 == 0) == (user % 2 == 0);
                ratings.Add($"{user},{film + 100},{(likes ? "4.5" : "2.0")},964982703");
            }
        }

        ratings.Add("1,999,5.0,964982703");
        var links = new List<string> { "movieId,imdbId,tmdbId" };
        links.AddRange(Enumerable.Range(1, 8).Select(film => $"{film + 100},0{film:000000},{film}"));
        var ratingsPath = Path.Combine(directory, "ratings.csv");
        var linksPath = Path.Combine(directory, "links.csv");
        File.WriteAllLines(ratingsPath, ratings);
        File.WriteAllLines(linksPath, links);
        return (ratingsPath, linksPath);
    }
}
