using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Text;

/// <summary>
/// Builds a film's weighted soup: stemmed keywords, genres, director(s), top cast, companies, countries and the
/// start of the overview and tagline. Names become single unstemmed tokens; words are stop-listed and stemmed.
/// Thread-safe when the stemmer is.
/// </summary>
public sealed class SoupBuilder(SoupOptions options, IWordStemmer stemmer)
{
    private const string CountryTokenPrefix = "country";

    public SoupOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public IReadOnlyList<SoupToken> Build(Movie movie)
    {
        ArgumentNullException.ThrowIfNull(movie);
        var tokens = new List<SoupToken>();

        foreach (var keyword in movie.Keywords.Take(Options.MaxKeywords))
        {
            AddKeyword(tokens, keyword);
        }

        AddNames(tokens, movie.Genres, TermKind.Genre, Options.GenreWeight, int.MaxValue);
        AddNames(tokens, movie.Directors, TermKind.Director, Options.DirectorWeight, int.MaxValue);
        AddNames(tokens, movie.Cast, TermKind.Cast, Options.CastWeight, Options.MaxCast);

        for (var i = 0; i < Math.Min(movie.Companies.Count, Options.MaxCompanies); i++)
        {
            AddName(tokens, movie.Companies[i], TermKind.Company, i == 0 ? Options.LeadCompanyWeight : Options.CompanyWeight);
        }

        foreach (var country in movie.Countries.Take(Options.MaxCountries))
        {
            // Prefixed so a code such as "in" or "it" never merges with a word of the overview.
            var term = CountryTokenPrefix + NameNormalizer.ToToken(country);
            Add(tokens, term, TermKind.Country, country, Options.CountryWeight);
        }

        AddWords(tokens, movie.Overview, Options.OverviewWeight, Options.MaxOverviewWords);
        AddWords(tokens, movie.Tagline, Options.TaglineWeight, int.MaxValue);
        return tokens;
    }

    private void AddKeyword(List<SoupToken> tokens, string keyword)
    {
        // A keyword phrase stays one token ("time travel" → "timetravel") but its words are stemmed, so
        // "time travels" and "time travel" agree.
        var term = string.Concat(WordTokenizer.Tokenize(keyword).Select(stemmer.Stem));
        Add(tokens, term, TermKind.Keyword, keyword, Options.KeywordWeight);
    }

    private static void AddNames(List<SoupToken> tokens, IReadOnlyList<string> names, TermKind kind, float weight, int max)
    {
        for (var i = 0; i < Math.Min(names.Count, max); i++)
        {
            AddName(tokens, names[i], kind, weight);
        }
    }

    private static void AddName(List<SoupToken> tokens, string name, TermKind kind, float weight) =>
        Add(tokens, NameNormalizer.ToToken(name), kind, name, weight);

    private void AddWords(List<SoupToken> tokens, string? text, float weight, int maxWords)
    {
        foreach (var word in WordTokenizer.Tokenize(text, maxWords))
        {
            if (!EnglishStopWords.Contains(word))
            {
                Add(tokens, stemmer.Stem(word), TermKind.Text, word, weight);
            }
        }
    }

    private static void Add(List<SoupToken> tokens, string term, TermKind kind, string label, float weight)
    {
        if (term.Length > 0 && weight > 0)
        {
            tokens.Add(new SoupToken(term, kind, label, weight));
        }
    }
}
