using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Tests.Recommendations;

/// <summary>
/// Builds small but realistic models in memory: every film's terms come from its metadata (genres, director,
/// cast, keywords, companies, countries), vectors are L2-normalised and neighbours are the exact top-K
/// cosine similarities, as the trainer would produce.
/// </summary>
internal sealed class TestModelBuilder
{
    private readonly List<Movie> _movies = [];

    public TestModelBuilder Add(Movie movie)
    {
        _movies.Add(movie);
        return this;
    }

    public TestModelBuilder Add(int id, string title, int year = 2000, int votes = 100, double rating = 7.0,
        string[]? genres = null, string? director = null, string[]? cast = null, string[]? keywords = null,
        string[]? companies = null, string language = "en", string[]? countries = null, int runtime = 120,
        string? originalTitle = null) =>
        Add(new Movie
        {
            Id = id,
            Title = title,
            OriginalTitle = originalTitle,
            ReleaseDate = new DateOnly(year, 1, 1),
            VoteCount = votes,
            VoteAverage = rating,
            Popularity = votes / 10.0,
            Genres = genres ?? [],
            Directors = director is null ? [] : [director],
            Cast = cast ?? [],
            Keywords = keywords ?? [],
            Companies = companies ?? [],
            OriginalLanguage = language,
            Countries = countries ?? ["US"],
            RuntimeMinutes = runtime,
        });

    public RecommenderModel Build(string version = "test-1", int neighbours = 50)
    {
        var vocabulary = new Dictionary<(TermKind Kind, string Label), int>();
        var vectors = new List<SortedDictionary<int, double>>();
        foreach (var movie in _movies)
        {
            var vector = new SortedDictionary<int, double>();
            AddTerms(vector, vocabulary, TermKind.Genre, movie.Genres, 1.0);
            AddTerms(vector, vocabulary, TermKind.Director, movie.Directors, 2.0);
            AddTerms(vector, vocabulary, TermKind.Cast, movie.Cast, 1.0);
            AddTerms(vector, vocabulary, TermKind.Keyword, movie.Keywords, 1.5);
            AddTerms(vector, vocabulary, TermKind.Company, movie.Companies, 0.5);
            AddTerms(vector, vocabulary, TermKind.Country, movie.Countries, 0.3);
            double norm = Math.Sqrt(vector.Values.Sum(w => w * w));
            foreach (var term in vector.Keys.ToList())
            {
                vector[term] /= norm == 0 ? 1 : norm;
            }

            vectors.Add(vector);
        }

        var terms = vocabulary.OrderBy(p => p.Value).Select(p => p.Key).ToList();
        var neighbourOffsets = new List<int> { 0 };
        var neighbourIndices = new List<int>();
        var neighbourScores = new List<float>();
        for (int i = 0; i < _movies.Count; i++)
        {
            var best = Enumerable.Range(0, _movies.Count).Where(j => j != i)
                .Select(j => (Index: j, Score: Cosine(vectors[i], vectors[j])))
                .Where(p => p.Score > 0)
                .OrderByDescending(p => p.Score).ThenBy(p => p.Index)
                .Take(neighbours).ToList();
            neighbourIndices.AddRange(best.Select(p => p.Index));
            neighbourScores.AddRange(best.Select(p => (float)p.Score));
            neighbourOffsets.Add(neighbourIndices.Count);
        }

        var termOffsets = new List<int> { 0 };
        var termIndices = new List<int>();
        var termWeights = new List<float>();
        foreach (var vector in vectors)
        {
            termIndices.AddRange(vector.Keys);
            termWeights.AddRange(vector.Values.Select(v => (float)v));
            termOffsets.Add(termIndices.Count);
        }

        return new RecommenderModel
        {
            Manifest = new ModelManifest
            {
                FormatVersion = 1,
                ModelVersion = version,
                CreatedAt = DateTimeOffset.UnixEpoch,
                MovieCount = _movies.Count,
                TermCount = terms.Count,
                NeighboursPerMovie = neighbours,
                Files = new Dictionary<string, string>(),
            },
            Movies = [.. _movies],
            NeighbourOffsets = [.. neighbourOffsets],
            NeighbourIndices = [.. neighbourIndices],
            NeighbourScores = [.. neighbourScores],
            Terms = [.. terms.Select(t => t.Label.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant())],
            TermKinds = [.. terms.Select(t => t.Kind)],
            TermLabels = [.. terms.Select(t => t.Label)],
            TopTermOffsets = [.. termOffsets],
            TopTermIndices = [.. termIndices],
            TopTermWeights = [.. termWeights],
        };
    }

    private static void AddTerms(SortedDictionary<int, double> vector, Dictionary<(TermKind, string), int> vocabulary,
        TermKind kind, IEnumerable<string> labels, double weight)
    {
        foreach (var label in labels)
        {
            if (!vocabulary.TryGetValue((kind, label), out int term))
            {
                term = vocabulary.Count;
                vocabulary.Add((kind, label), term);
            }

            vector[term] = weight;
        }
    }

    private static double Cosine(SortedDictionary<int, double> a, SortedDictionary<int, double> b) =>
        a.Where(p => b.ContainsKey(p.Key)).Sum(p => p.Value * b[p.Key]);
}
