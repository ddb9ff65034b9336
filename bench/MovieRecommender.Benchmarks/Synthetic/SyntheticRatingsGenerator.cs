using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace MovieRecommender.Benchmarks.Synthetic;

/// <summary>
/// Writes a seeded synthetic ratings file and its links in the MovieLens layout for a catalog: the most-voted films
/// get ratings (Zipf-popular), users have a favourite taste cluster and rate its films higher. Not real taste, but the
/// sizes and skews the collaborative trainers meet with MovieLens 25M (and no MovieLens data in the repository).
/// </summary>
public sealed class SyntheticRatingsGenerator(SyntheticRatingsOptions options)
{
    private const long FirstTimestamp = 1_000_000_000;
    private const int TimestampSpread = 500_000_000;
    private const int MaxDrawAttempts = 20;

    /// <param name="ids">TMDB ids of the catalog's films.</param>
    /// <param name="votes">Vote counts of the same films (the most-voted get ratings).</param>
    /// <param name="ratingsPath">ratings.csv.gz to write.</param>
    /// <param name="linksPath">links.csv to write.</param>
    /// <returns>Ratings written and users.</returns>
    public async Task<(long Ratings, int Users)> WriteAsync(int[] ids, int[] votes, string ratingsPath, string linksPath)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(votes);
        var random = new Random(options.Seed);
        var rated = Enumerable.Range(0, ids.Length).OrderByDescending(i => votes[i]).ThenBy(i => i)
            .Take(options.RatedFilms).ToArray();
        var taste = rated.Select(_ => random.Next(options.Tastes)).ToArray();
        var quality = rated.Select(_ => 2.8 + (random.NextDouble() * 1.4)).ToArray();
        var byTaste = Enumerable.Range(0, options.Tastes).Select(t => Enumerable.Range(0, rated.Length).Where(f => taste[f] == t).ToArray()).ToArray();
        var global = new ZipfSampler(rated.Length, options.PopularityExponent);
        var withinTaste = byTaste.Select(films => films.Length == 0 ? null : new ZipfSampler(films.Length, options.PopularityExponent)).ToArray();

        await WriteLinksAsync(ids, rated, linksPath);
        await using var file = File.Create(ratingsPath);
        await using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        await using var writer = new StreamWriter(gzip, new UTF8Encoding(false), 1 << 20);
        await writer.WriteLineAsync("userId,movieId,rating,timestamp");
        long written = 0;
        int user = 0;
        var chosen = new HashSet<int>();
        var line = new StringBuilder(48);
        while (written < options.RatingCount)
        {
            user++;
            int favourite = random.Next(options.Tastes);
            double bias = Gaussian(random) * 0.4;
            int wanted = (int)Math.Clamp(Math.Exp(options.ActivityLogMedian + (options.ActivityLogSpread * Gaussian(random))),
                options.MinRatingsPerUser, Math.Min(options.MaxRatingsPerUser, rated.Length));
            wanted = (int)Math.Min(wanted, options.RatingCount - written);
            chosen.Clear();
            for (int draw = 0; chosen.Count < wanted && draw < wanted * MaxDrawAttempts; draw++)
            {
                int film = random.NextDouble() < options.TasteShare && withinTaste[favourite] is { } sampler
                    ? byTaste[favourite][sampler.Sample(random)]
                    : global.Sample(random);
                if (!chosen.Add(film))
                {
                    continue;
                }

                double stars = quality[film] + bias + (taste[film] == favourite ? 0.7 : -0.3) + (Gaussian(random) * 0.7);
                double rating = Math.Clamp(Math.Round(stars * 2) / 2, 0.5, 5.0);
                line.Clear().Append(user).Append(',').Append(film + 1).Append(',')
                    .Append(rating.ToString("0.0", CultureInfo.InvariantCulture)).Append(',')
                    .Append(FirstTimestamp + random.Next(TimestampSpread));
                await writer.WriteLineAsync(line);
                written++;
            }
        }

        return (written, user);
    }

    // movieId f+1 is the f-th rated film; imdbId is a placeholder with MovieLens' 7 digits.
    private static async Task WriteLinksAsync(int[] ids, int[] rated, string path)
    {
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        await writer.WriteLineAsync("movieId,imdbId,tmdbId");
        for (int f = 0; f < rated.Length; f++)
        {
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{f + 1},{f + 1:0000000},{ids[rated[f]]}"));
        }
    }

    private static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
