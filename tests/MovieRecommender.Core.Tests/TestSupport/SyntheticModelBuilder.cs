using System.Globalization;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Tests.TestSupport;

/// <summary>
/// Deterministic fake models of any size for tests at scale: titles drawn from a Zipf-like word
/// distribution (a few very common words, a long tail, as real titles), skewed vote counts, random neighbour
/// lists sorted by score and random L2-normalised top-term vectors. Not meaningful recommendations, but the
/// same shapes and sizes the engine's indexes see with a real million-film catalog.
/// </summary>
public sealed class SyntheticModelBuilder
{
    private const double ZipfExponent = 1.0;
    private const int MaxTitleWords = 4;
    private const int FirstYear = 1920;
    private const int LastYear = 2025;
    private const int MinRuntime = 70;
    private const int MaxRuntime = 180;
    private const int MaxVotes = 30_000;

    // Raising a uniform number to this power gives a long-tailed vote distribution (most films have few votes).
    private const double VoteSkew = 6.0;
    private const int CastPerMovie = 3;
    private const int GenreCombinations = 200;

    private static readonly string[] Syllables =
        ["ka", "lo", "mi", "ra", "ven", "to", "shi", "dar", "el", "qu", "an", "tor", "bel", "sa", "ni", "gor", "u", "pe", "lin", "zo"];

    private static readonly string[] GenreNames =
        ["Action", "Adventure", "Animation", "Comedy", "Crime", "Drama", "Family", "Fantasy", "Horror", "Romance", "Science Fiction", "Thriller"];

    private static readonly string[] Languages = ["en", "fr", "ja", "es", "de", "it", "ko"];
    private static readonly string[] CountryCodes = ["US", "FR", "JP", "ES", "DE", "IT", "KR", "GB"];
    private static readonly TermKind[] Kinds = Enum.GetValues<TermKind>();

    public int MovieCount { get; init; } = 10_000;

    public int NeighboursPerMovie { get; init; } = 50;

    public int TopTermsPerMovie { get; init; } = 20;

    /// <summary>Distinct words titles are drawn from.</summary>
    public int TitleVocabularySize { get; init; } = 50_000;

    public int TermCount { get; init; } = 100_000;

    public int Seed { get; init; } = 42;

    public RecommenderModel Build()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MovieCount);
        ArgumentOutOfRangeException.ThrowIfNegative(NeighboursPerMovie);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(TitleVocabularySize);
        ArgumentOutOfRangeException.ThrowIfLessThan(TermCount, TopTermsPerMovie);

        var random = new Random(Seed);
        string[] titleWords = MakeWords(random, TitleVocabularySize, capitalise: true);
        double[] zipf = ZipfCumulative(TitleVocabularySize);
        string[] directors = MakeNames(random, Math.Max(100, MovieCount / 10));
        string[] actors = MakeNames(random, Math.Max(300, MovieCount / 3));
        string[][] genreSets = MakeGenreSets(random);
        string[][] languageCountry = [.. CountryCodes.Select(c => new[] { c })];

        var movies = new Movie[MovieCount];
        for (int i = 0; i < MovieCount; i++)
        {
            int wordCount = 1 + random.Next(MaxTitleWords);
            var title = new string[wordCount];
            for (int w = 0; w < wordCount; w++)
            {
                title[w] = titleWords[SampleZipf(random, zipf)];
            }

            int language = random.Next(Languages.Length);
            movies[i] = new Movie
            {
                Id = i + 1,
                Title = string.Join(' ', title),
                ReleaseDate = new DateOnly(FirstYear + random.Next(LastYear - FirstYear + 1), 1 + random.Next(12), 1),
                Genres = genreSets[random.Next(genreSets.Length)],
                Directors = [directors[random.Next(directors.Length)]],
                Cast = [.. Enumerable.Range(0, CastPerMovie).Select(_ => actors[random.Next(actors.Length)])],
                Companies = [$"Studio {random.Next(1000).ToString(CultureInfo.InvariantCulture)}"],
                Countries = languageCountry[language],
                OriginalLanguage = Languages[language],
                RuntimeMinutes = MinRuntime + random.Next(MaxRuntime - MinRuntime),
                VoteCount = (int)(Math.Pow(random.NextDouble(), VoteSkew) * MaxVotes),
                VoteAverage = Math.Round(3 + (random.NextDouble() * 6), 1),
                Popularity = random.NextDouble() * 100,
            };
        }

        var (neighbourOffsets, neighbourIndices, neighbourScores) = MakeNeighbours(random);
        var (termOffsets, termIndices, termWeights) = MakeTopTerms(random);
        string[] terms = [.. Enumerable.Range(0, TermCount).Select(t => "term" + t.ToString(CultureInfo.InvariantCulture))];

        return new RecommenderModel
        {
            Manifest = new ModelManifest
            {
                FormatVersion = 1,
                ModelVersion = $"synthetic-{MovieCount.ToString(CultureInfo.InvariantCulture)}-{Seed.ToString(CultureInfo.InvariantCulture)}",
                CreatedAt = DateTimeOffset.UnixEpoch,
                MovieCount = MovieCount,
                TermCount = TermCount,
                NeighboursPerMovie = NeighboursPerMovie,
                Files = new Dictionary<string, string>(),
            },
            Movies = movies,
            NeighbourOffsets = neighbourOffsets,
            NeighbourIndices = neighbourIndices,
            NeighbourScores = neighbourScores,
            Terms = terms,
            TermKinds = [.. Enumerable.Range(0, TermCount).Select(t => Kinds[t % Kinds.Length])],
            TermLabels = [.. terms.Select(t => t.ToUpperInvariant())],
            TopTermOffsets = termOffsets,
            TopTermIndices = termIndices,
            TopTermWeights = termWeights,
        };
    }

    private (int[] Offsets, int[] Indices, float[] Scores) MakeNeighbours(Random random)
    {
        int perMovie = Math.Min(NeighboursPerMovie, MovieCount - 1);
        var offsets = new int[MovieCount + 1];
        var indices = new int[(long)MovieCount * perMovie];
        var scores = new float[indices.Length];
        for (int i = 0; i < MovieCount; i++)
        {
            int start = i * perMovie;
            offsets[i] = start;
            for (int k = 0; k < perMovie; k++)
            {
                int neighbour;
                do
                {
                    neighbour = random.Next(MovieCount);
                }
                while (neighbour == i || indices.AsSpan(start, k).Contains(neighbour));

                indices[start + k] = neighbour;
                scores[start + k] = (float)(0.9 - (0.8 * k / Math.Max(1, perMovie)));
            }
        }

        offsets[MovieCount] = indices.Length;
        return (offsets, indices, scores);
    }

    private (int[] Offsets, int[] Indices, float[] Weights) MakeTopTerms(Random random)
    {
        var offsets = new int[MovieCount + 1];
        var indices = new int[(long)MovieCount * TopTermsPerMovie];
        var weights = new float[indices.Length];
        for (int i = 0; i < MovieCount; i++)
        {
            int start = i * TopTermsPerMovie;
            offsets[i] = start;
            Span<int> terms = indices.AsSpan(start, TopTermsPerMovie);
            for (int k = 0; k < terms.Length; k++)
            {
                int term;
                do
                {
                    term = random.Next(TermCount);
                }
                while (terms[..k].Contains(term));

                terms[k] = term;
            }

            terms.Sort();
            Span<float> w = weights.AsSpan(start, TopTermsPerMovie);
            double norm = 0;
            for (int k = 0; k < w.Length; k++)
            {
                w[k] = (float)(0.1 + random.NextDouble());
                norm += w[k] * w[k];
            }

            norm = Math.Sqrt(norm);
            for (int k = 0; k < w.Length; k++)
            {
                w[k] = (float)(w[k] / norm);
            }
        }

        offsets[MovieCount] = indices.Length;
        return (offsets, indices, weights);
    }

    private static string[] MakeWords(Random random, int count, bool capitalise)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < count)
        {
            int syllables = 1 + random.Next(4);
            var word = string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[random.Next(Syllables.Length)]));
            if (words.Count > Syllables.Length * Syllables.Length)
            {
                // Past the short combinations, a numeric suffix guarantees progress towards `count` distinct words.
                word += words.Count.ToString(CultureInfo.InvariantCulture)[^1];
            }

            words.Add(capitalise ? char.ToUpperInvariant(word[0]) + word[1..] : word);
        }

        return [.. words];
    }

    private static string[] MakeNames(Random random, int count)
    {
        string[] first = MakeWords(random, Math.Max(10, (int)Math.Sqrt(count)) + 1, capitalise: true);
        string[] last = MakeWords(random, Math.Max(10, (int)Math.Sqrt(count)) + 1, capitalise: true);
        return [.. Enumerable.Range(0, count).Select(i => $"{first[i % first.Length]} {last[i / first.Length % last.Length]}")];
    }

    private static string[][] MakeGenreSets(Random random) =>
        [.. Enumerable.Range(0, GenreCombinations).Select(_ =>
            GenreNames.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToArray())];

    private static double[] ZipfCumulative(int size)
    {
        var cumulative = new double[size];
        double sum = 0;
        for (int rank = 0; rank < size; rank++)
        {
            sum += 1.0 / Math.Pow(rank + 1, ZipfExponent);
            cumulative[rank] = sum;
        }

        for (int rank = 0; rank < size; rank++)
        {
            cumulative[rank] /= sum;
        }

        return cumulative;
    }

    private static int SampleZipf(Random random, double[] cumulative)
    {
        int index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }
}
