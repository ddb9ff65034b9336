using System.Text;
using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Benchmarks.Synthetic;

/// <summary>
/// Seeded, deterministic synthetic films with realistic field lengths and Zipf-distributed words, keywords,
/// companies and people. List values are shared string instances from fixed vocabularies, so a million films
/// stay affordable in memory; the same seed and options always give the same catalog.
/// </summary>
public sealed class SyntheticCatalogGenerator
{
    private const int FirstYear = 1920;
    private const int LastYear = 2025;
    private const int MaxKeywords = 40;
    private const int MaxTitleWords = 5;
    private const int MaxTaglineWords = 12;
    private const int MinOverviewWords = 5;
    private const int MaxOverviewWords = 150;

    private static readonly string[] GenreNames =
    [
        "Drama", "Comedy", "Thriller", "Action", "Romance", "Horror", "Crime", "Documentary", "Adventure",
        "Science Fiction", "Family", "Mystery", "Fantasy", "Animation", "Music", "History", "War", "Western", "TV Movie",
    ];

    private static readonly string[] LanguageCodes = ["en", "fr", "es", "de", "ja", "it", "ko", "zh", "ru", "pt", "hi", "sv"];

    private static readonly string[] CompanySuffixes = ["Pictures", "Films", "Studios", "Entertainment", "Productions", "Media"];

    private readonly SyntheticCatalogOptions _options;
    private readonly ZipfSampler _overviewWords;
    private readonly ZipfSampler _keywords;
    private readonly ZipfSampler _companies;
    private readonly ZipfSampler _people;
    private readonly ZipfSampler _genres = new(GenreNames.Length, 0.8);
    private readonly ZipfSampler _languages = new(LanguageCodes.Length, 1.5);
    private readonly ZipfSampler _countries = new(SyntheticCountries.All.Count, 1.4);
    private readonly string[] _words;
    private readonly string[] _keywordPhrases;
    private readonly string[] _companyNames;
    private readonly Dictionary<int, string> _personNames = [];

    public SyntheticCatalogGenerator(SyntheticCatalogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _overviewWords = new ZipfSampler(options.OverviewVocabulary, options.OverviewExponent);
        _keywords = new ZipfSampler(options.KeywordVocabulary, options.KeywordExponent);
        _companies = new ZipfSampler(options.CompanyVocabulary, options.CompanyExponent);
        _people = new ZipfSampler(options.People, options.PeopleExponent);
        _words = ShuffledInBlocks([.. Enumerable.Range(0, options.OverviewVocabulary).Select(PseudoWords.Word)], new Random(options.Seed));

        // Keyword phrases reuse the word list from a different offset: one to three words each.
        _keywordPhrases = [.. Enumerable.Range(0, options.KeywordVocabulary)
            .Select(i => string.Join(' ', Enumerable.Range(0, 1 + (i % 3)).Select(w => _words[((i * 7) + (w * 131)) % _words.Length])))];
        _companyNames = [.. Enumerable.Range(0, options.CompanyVocabulary)
            .Select(i => $"{PseudoWords.Capitalized(i + 500)} {CompanySuffixes[i % CompanySuffixes.Length]}")];
    }

    /// <summary>
    /// Streams <paramref name="count"/> films. <paramref name="includeText"/> false leaves overview and tagline
    /// empty, for engine benchmarks that never read them and would otherwise hold ~0.5 GB of text at 1M films.
    /// </summary>
    public IEnumerable<Movie> Generate(int count, bool includeText = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(_options.Seed);
        var id = 0;
        for (var i = 0; i < count; i++)
        {
            id += 1 + random.Next(3);
            yield return CreateMovie(random, id, includeText);
        }
    }

    private Movie CreateMovie(Random random, int id, bool includeText)
    {
        var title = Title(random);
        var votes = VoteCount(random);
        var year = Math.Max(FirstYear, LastYear - (int)Math.Abs(Normal(random, 0, 25)));
        var overview = includeText && random.NextDouble() >= _options.EmptyOverviewShare
            ? Sentence(random, (int)Math.Clamp(Normal(random, _options.MeanOverviewWords, 20), MinOverviewWords, MaxOverviewWords))
            : null;
        var tagline = includeText && random.NextDouble() < _options.TaglineShare
            ? Sentence(random, 3 + random.Next(MaxTaglineWords - 2))
            : null;
        return new Movie
        {
            Id = id,
            Title = title,
            OriginalTitle = title,
            ReleaseDate = new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28)),
            Genres = Distinct(1 + random.Next(3), () => GenreNames[_genres.Sample(random)]),
            Keywords = random.NextDouble() < _options.NoKeywordShare
                ? []
                : Distinct(Math.Min(MaxKeywords, 1 + Geometric(random, _options.MeanKeywords)), () => _keywordPhrases[_keywords.Sample(random)]),
            Directors = [Person(_people.Sample(random))],
            Cast = Distinct(random.Next(_options.CastPerFilm + 1), () => Person(_people.Sample(random))),
            Companies = Distinct(random.Next(4), () => _companyNames[_companies.Sample(random)]),
            Countries = Distinct(1 + random.Next(2), () => SyntheticCountries.All[_countries.Sample(random)].Code),
            OriginalLanguage = LanguageCodes[_languages.Sample(random)],
            RuntimeMinutes = (int)Math.Clamp(Normal(random, 95, 25), 1, 300),
            VoteCount = votes,
            VoteAverage = votes == 0 ? 0 : Math.Round(Math.Clamp(Normal(random, 6.2, 1.2), 0, 10), 1),
            Popularity = Math.Round(0.6 + (votes / 100.0 * Math.Exp(Normal(random, 0, 0.5))), 3),
            PosterPath = $"/{RandomToken(random, 27)}.jpg",
            ImdbId = $"tt{random.Next(10_000_000):0000000}",
            Overview = overview,
            Tagline = tagline,
        };
    }

    private string Title(Random random)
    {
        var words = 1 + random.Next(MaxTitleWords);
        var builder = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            var word = _words[_overviewWords.Sample(random)];
            builder.Append(w == 0 ? string.Empty : " ").Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }

        return builder.ToString();
    }

    private string Sentence(Random random, int words)
    {
        var builder = new StringBuilder(words * 7);
        for (var w = 0; w < words; w++)
        {
            builder.Append(w == 0 ? string.Empty : " ").Append(_words[_overviewWords.Sample(random)]);
        }

        return builder.Append('.').ToString();
    }

    // Pseudo-words come in alphabetical order within each length; shuffling each length group gives the
    // frequent words varied first letters (as real text has) while keeping frequent words short.
    private static string[] ShuffledInBlocks(string[] words, Random random)
    {
        var start = 0;
        while (start < words.Length)
        {
            var end = start;
            while (end < words.Length && words[end].Length == words[start].Length)
            {
                end++;
            }

            random.Shuffle(words.AsSpan(start, end - start));
            start = end;
        }

        return words;
    }

    // Person i is "First Last" from fixed syllable words; cached so each name is one shared string.
    private string Person(int index)
    {
        if (!_personNames.TryGetValue(index, out var name))
        {
            name = $"{PseudoWords.Capitalized(index % 2_000)} {PseudoWords.Capitalized(3_000 + (index / 2_000))}";
            _personNames[index] = name;
        }

        return name;
    }

    private static string[] Distinct(int count, Func<string> draw)
    {
        var values = new List<string>(count);
        for (var attempt = 0; attempt < count * 3 && values.Count < count; attempt++)
        {
            var value = draw();
            if (!values.Contains(value))
            {
                values.Add(value);
            }
        }

        return [.. values];
    }

    // Heavy tail: most films have a handful of votes, a few have tens of thousands.
    private static int VoteCount(Random random) => (int)Math.Min(50_000, Math.Floor(Math.Exp(Normal(random, 1.5, 2.0))));

    private static int Geometric(Random random, double mean) => (int)Math.Floor(Math.Log(1 - random.NextDouble()) / Math.Log(1 - (1 / mean)));

    private static double Normal(Random random, double mean, double deviation)
    {
        // Box–Muller; 1 − u keeps the logarithm's argument positive.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + (deviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    private static string RandomToken(Random random, int length)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        return string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[r.Next(alphabet.Length)];
            }
        });
    }
}
