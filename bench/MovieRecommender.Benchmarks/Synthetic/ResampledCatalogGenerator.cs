using System.Text;
using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Benchmarks.Synthetic;

/// <summary>
/// A second synthetic catalog, built differently from <see cref="SyntheticCatalogGenerator"/> so that figures are
/// not tuned to one generator: every film copies the field shape of a randomly drawn real film of a template
/// catalog (TMDB 5000): its genre combination, language, countries, runtime, year, vote count and rating (with
/// noise), and the number of overview words, tagline words, title words, keywords and companies. The values are
/// drawn from the template's own frequency distributions (real English words, real keywords and companies,
/// weighted by how often they occur), except that a share of them are new words from a long Zipf tail, so the
/// vocabulary keeps growing with the catalog as real text does. No credits: the TMDB full dump has none.
/// </summary>
public sealed class ResampledCatalogGenerator
{
    private const int MaxYearShift = 5;
    private const double VoteNoise = 0.6;
    private const double RatingNoise = 0.5;
    private const int RuntimeNoise = 10;

    private static readonly char[] WordSeparators = [' ', ',', '.', ';', ':', '!', '?', '"', '(', ')', '\n', '\r', '\t'];

    private readonly IReadOnlyList<Movie> _templates;
    private readonly ResampledCatalogOptions _options;
    private readonly string[] _textWords;
    private readonly string[] _titleWords;
    private readonly string[] _keywords;
    private readonly string[] _companies;
    private readonly ZipfSampler _tail;
    private readonly Dictionary<int, string> _tailWords = [];

    public ResampledCatalogGenerator(IReadOnlyList<Movie> templates, ResampledCatalogOptions options)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(options);
        if (templates.Count == 0)
        {
            throw new ArgumentException("The template catalog is empty.", nameof(templates));
        }

        _templates = templates;
        _options = options;

        // Every occurrence is kept, so a uniform draw from these arrays follows the template's frequencies.
        _textWords = [.. templates.SelectMany(m => Words(m.Overview).Concat(Words(m.Tagline)))];
        _titleWords = [.. templates.SelectMany(m => Words(m.Title))];
        _keywords = [.. templates.SelectMany(m => m.Keywords)];
        _companies = [.. templates.SelectMany(m => m.Companies)];
        _tail = new ZipfSampler(options.TailVocabulary, options.TailExponent);
    }

    public IEnumerable<Movie> Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(_options.Seed);
        var id = 0;
        for (var i = 0; i < count; i++)
        {
            id += 1 + random.Next(3);
            yield return CreateMovie(random, id, _templates[random.Next(_templates.Count)]);
        }
    }

    private Movie CreateMovie(Random random, int id, Movie template)
    {
        var title = Text(random, Math.Max(1, Words(template.Title).Count()), _titleWords, capitalise: true);
        var votes = template.VoteCount == 0 ? 0 : Math.Max(0, (int)(template.VoteCount * Math.Exp(Normal(random, 0, VoteNoise))));
        var overviewWords = Words(template.Overview).Count();
        var taglineWords = Words(template.Tagline).Count();
        return new Movie
        {
            Id = id,
            Title = title,
            OriginalTitle = title,
            ReleaseDate = template.ReleaseDate?.AddYears(random.Next(-MaxYearShift, MaxYearShift + 1)),
            Genres = template.Genres,
            Keywords = Draw(random, template.Keywords.Count, _keywords, _options.NewKeywordShare, KeywordPhrase),
            Companies = Draw(random, template.Companies.Count, _companies, _options.NewCompanyShare, CompanyName),
            Countries = template.Countries,
            OriginalLanguage = template.OriginalLanguage,
            RuntimeMinutes = template.RuntimeMinutes is int runtime ? Math.Max(1, runtime + random.Next(-RuntimeNoise, RuntimeNoise + 1)) : null,
            VoteCount = votes,
            VoteAverage = votes == 0 ? 0 : Math.Round(Math.Clamp(template.VoteAverage + Normal(random, 0, RatingNoise), 0, 10), 1),
            Popularity = Math.Round(template.Popularity * Math.Exp(Normal(random, 0, VoteNoise)), 3),
            PosterPath = $"/p{id}.jpg",
            ImdbId = $"tt{id:0000000}",
            Overview = overviewWords == 0 ? null : Text(random, overviewWords, _textWords, capitalise: false) + ".",
            Tagline = taglineWords == 0 ? null : Text(random, taglineWords, _textWords, capitalise: false) + ".",
        };
    }

    private string Text(Random random, int words, string[] seen, bool capitalise)
    {
        var builder = new StringBuilder(words * 7);
        for (var w = 0; w < words; w++)
        {
            var word = random.NextDouble() < _options.NewWordShare ? TailWord(random) : seen[random.Next(seen.Length)];
            builder.Append(w == 0 ? string.Empty : " ");
            if (capitalise || w == 0)
            {
                builder.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
            }
            else
            {
                builder.Append(word);
            }
        }

        return builder.ToString();
    }

    private static string[] Draw(Random random, int count, string[] seen, double newShare, Func<Random, string> newValue)
    {
        var values = new List<string>(count);
        for (var attempt = 0; attempt < count * 3 && values.Count < count; attempt++)
        {
            var value = seen.Length == 0 || random.NextDouble() < newShare ? newValue(random) : seen[random.Next(seen.Length)];
            if (!values.Contains(value))
            {
                values.Add(value);
            }
        }

        return [.. values];
    }

    private string KeywordPhrase(Random random) => random.Next(3) == 0 ? $"{TailWord(random)} {TailWord(random)}" : TailWord(random);

    private string CompanyName(Random random)
    {
        var word = TailWord(random);
        return string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1), " Films");
    }

    // Tail words are cached so each one is a single shared string however often it is drawn.
    private string TailWord(Random random)
    {
        var rank = _tail.Sample(random);
        if (!_tailWords.TryGetValue(rank, out var word))
        {
            // Offset past the bench generator's vocabulary so the two catalogs share no invented words.
            word = PseudoWords.Word(rank + 1_000_000);
            _tailWords[rank] = word;
        }

        return word;
    }

    private static IEnumerable<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetterOrDigit));

    private static double Normal(Random random, double mean, double deviation)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + (deviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }
}
