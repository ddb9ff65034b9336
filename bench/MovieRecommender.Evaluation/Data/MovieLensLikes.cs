using System.Globalization;
using nietras.SeparatedValues;

namespace MovieRecommender.Evaluation.Data;

/// <summary>
/// Each MovieLens user's liked films (rating ≥ <see cref="LikeThreshold"/>) as TMDB ids, via links.csv.
/// </summary>
public static class MovieLensLikes
{
    public const double LikeThreshold = 4.0;

    /// <summary>userId → TMDB ids of liked films, in file order (deterministic).</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<int>> Read(string movieLensDirectory)
    {
        var tmdbByMovieId = new Dictionary<int, int>();
        using (var links = Sep.Reader(o => o with { Unescape = true }).FromFile(Path.Combine(movieLensDirectory, "links.csv")))
        {
            foreach (var row in links)
            {
                // 8 rows have no tmdbId: those films cannot be matched to the catalog.
                if (int.TryParse(row["tmdbId"].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var tmdbId))
                {
                    tmdbByMovieId[row["movieId"].Parse<int>()] = tmdbId;
                }
            }
        }

        var likes = new SortedDictionary<int, List<int>>();
        using var ratings = Sep.Reader().FromFile(Path.Combine(movieLensDirectory, "ratings.csv"));
        foreach (var row in ratings)
        {
            if (row["rating"].Parse<double>() < LikeThreshold
                || !tmdbByMovieId.TryGetValue(row["movieId"].Parse<int>(), out var tmdbId))
            {
                continue;
            }

            var userId = row["userId"].Parse<int>();
            if (!likes.TryGetValue(userId, out var list))
            {
                list = [];
                likes[userId] = list;
            }

            list.Add(tmdbId);
        }

        return likes.ToDictionary(p => p.Key, p => (IReadOnlyList<int>)p.Value);
    }
}
