using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;

namespace MovieRecommender.Benchmarks.Synthetic;

/// <summary>
/// Builds a valid <see cref="RecommenderModel"/> straight from films, without training: each film's K neighbours
/// are random films sharing its first genre (scores descending), and its top terms are its own genres, keywords
/// and people. Serving cost depends on the model's shape (K, terms per film, catalog size), not on how good the
/// neighbours are, so engine benchmarks at a million films can skip minutes of training.
/// </summary>
public static class SyntheticModelFactory
{
    public const int DefaultNeighbours = 50;
    private const int MaxTopTerms = 32;

    public static RecommenderModel Create(IReadOnlyList<Movie> movies, int neighbours = DefaultNeighbours, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(movies);
        var random = new Random(seed);
        var (terms, kinds, termsByMovie) = BuildVocabulary(movies);

        var byGenre = movies.Select((m, i) => (Genre: m.Genres.Count > 0 ? m.Genres[0] : string.Empty, Index: i))
            .GroupBy(p => p.Genre)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Index).ToArray());
        var neighbourOffsets = new int[movies.Count + 1];
        var neighbourIndices = new List<int>(movies.Count * neighbours);
        var neighbourScores = new List<float>(movies.Count * neighbours);
        for (var i = 0; i < movies.Count; i++)
        {
            var pool = byGenre[movies[i].Genres.Count > 0 ? movies[i].Genres[0] : string.Empty];
            var chosen = new HashSet<int> { i };
            var wanted = Math.Min(neighbours, pool.Length - 1);
            for (var attempt = 0; chosen.Count <= wanted && attempt < wanted * 4; attempt++)
            {
                chosen.Add(pool[random.Next(pool.Length)]);
            }

            chosen.Remove(i);
            var rank = 0;
            foreach (var neighbour in chosen)
            {
                neighbourIndices.Add(neighbour);
                neighbourScores.Add(0.9f - (0.8f * rank++ / Math.Max(1, neighbours)));
            }

            neighbourOffsets[i + 1] = neighbourIndices.Count;
        }

        var topOffsets = new int[movies.Count + 1];
        var topIndices = new List<int>();
        var topWeights = new List<float>();
        for (var i = 0; i < movies.Count; i++)
        {
            var own = termsByMovie[i];
            var weight = own.Length == 0 ? 0f : (float)(1 / Math.Sqrt(own.Length));
            topIndices.AddRange(own);
            topWeights.AddRange(Enumerable.Repeat(weight, own.Length));
            topOffsets[i + 1] = topIndices.Count;
        }

        return new RecommenderModel
        {
            Manifest = new ModelManifest
            {
                FormatVersion = 1,
                ModelVersion = $"synthetic-{movies.Count}-seed{seed}",
                CreatedAt = DateTimeOffset.UnixEpoch,
                MovieCount = movies.Count,
                TermCount = terms.Length,
                NeighboursPerMovie = neighbours,
                Files = new Dictionary<string, string>(),
            },
            Movies = movies,
            NeighbourOffsets = neighbourOffsets,
            NeighbourIndices = [.. neighbourIndices],
            NeighbourScores = [.. neighbourScores],
            Terms = terms,
            TermKinds = kinds,
            TermLabels = terms,
            TopTermOffsets = topOffsets,
            TopTermIndices = [.. topIndices],
            TopTermWeights = [.. topWeights],
        };
    }

    // Term index per distinct (kind, value); each film's terms sorted by index, as the model contract requires.
    private static (string[] Terms, TermKind[] Kinds, int[][] TermsByMovie) BuildVocabulary(IReadOnlyList<Movie> movies)
    {
        var index = new Dictionary<(TermKind, string), int>();
        var terms = new List<string>();
        var kinds = new List<TermKind>();
        var termsByMovie = new int[movies.Count][];
        for (var i = 0; i < movies.Count; i++)
        {
            var movie = movies[i];
            var values = movie.Genres.Select(v => (TermKind.Genre, v))
                .Concat(movie.Directors.Select(v => (TermKind.Director, v)))
                .Concat(movie.Cast.Take(3).Select(v => (TermKind.Cast, v)))
                .Concat(movie.Keywords.Select(v => (TermKind.Keyword, v)))
                .Concat(movie.Companies.Select(v => (TermKind.Company, v)))
                .Take(MaxTopTerms);
            var own = new SortedSet<int>();
            foreach (var key in values)
            {
                if (!index.TryGetValue(key, out var term))
                {
                    term = terms.Count;
                    index[key] = term;
                    terms.Add(key.Item2);
                    kinds.Add(key.Item1);
                }

                own.Add(term);
            }

            termsByMovie[i] = [.. own];
        }

        return ([.. terms], [.. kinds], termsByMovie);
    }
}
