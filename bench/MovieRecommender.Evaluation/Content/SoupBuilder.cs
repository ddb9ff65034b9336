using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Evaluation.Content;

/// <summary>
/// One film's weighted term frequencies: Σ over fields of weight(field) · g(count in field), where g is the
/// configured TF transform. With raw TF and integer weights this equals repeating a field's tokens, as the
/// original app's string soup did.
/// </summary>
public static class SoupBuilder
{
    public static Dictionary<string, double> Build(Movie movie, SoupSettings settings, SoupTokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(movie);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(tokenizer);
        var soup = new Dictionary<string, double>(StringComparer.Ordinal);
        var raw = settings.SaturateWeights ? settings with { TermFrequency = TermFrequencyMode.Raw } : settings;
        AddField(soup, raw, settings.KeywordWeight, Phrases(movie.Keywords.Take(settings.MaxKeywords), settings.KeywordPhrases, tokenizer, Prefix(settings, "k:")));
        AddField(soup, raw, settings.GenreWeight, movie.Genres.Select(g => Prefix(settings, "g:") + SoupTokenizer.Collapse(g)));
        var companies = movie.Companies.Take(settings.MaxCompanies).Select(c => Prefix(settings, "c:") + SoupTokenizer.Collapse(c)).ToArray();
        AddField(soup, raw, settings.LeadCompanyWeight ?? settings.CompanyWeight, companies.Take(1));
        AddField(soup, raw, settings.CompanyWeight, companies.Skip(1));
        AddField(soup, raw, settings.CountryWeight, movie.Countries.Take(settings.MaxCountries).Select(c => Prefix(settings, "n:") + SoupTokenizer.Collapse(c)));
        AddField(soup, raw, settings.OverviewWeight, tokenizer.Words(movie.Overview).Take(settings.MaxOverviewWords));
        AddField(soup, raw, settings.TaglineWeight, tokenizer.Words(movie.Tagline));
        AddField(soup, raw, settings.DirectorWeight, movie.Directors.Select(d => Prefix(settings, "d:") + SoupTokenizer.Collapse(d)));
        AddField(soup, raw, settings.CastWeight, movie.Cast.Take(settings.CastCount).Select(c => Prefix(settings, "a:") + SoupTokenizer.Collapse(c)));
        if (settings.SaturateWeights)
        {
            foreach (var term in soup.Keys.ToArray())
            {
                soup[term] = Transform(settings, soup[term]);
            }
        }

        return soup;
    }

    private static string Prefix(SoupSettings settings, string prefix) => settings.PrefixFields ? prefix : string.Empty;

    private static IEnumerable<string> Phrases(IEnumerable<string> values, PhraseMode mode, SoupTokenizer tokenizer, string prefix)
    {
        foreach (var value in values)
        {
            if (mode != PhraseMode.Words)
            {
                yield return prefix + SoupTokenizer.Collapse(value);
            }

            if (mode != PhraseMode.Collapsed)
            {
                foreach (var word in tokenizer.Words(value))
                {
                    yield return (prefix.Length > 0 ? "kw:" : string.Empty) + word;
                }
            }
        }
    }

    private static void AddField(Dictionary<string, double> soup, SoupSettings settings, double weight, IEnumerable<string> terms)
    {
        if (weight <= 0)
        {
            return;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (term.Length > 0 && !term.EndsWith(':'))
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
        }

        foreach (var (term, count) in counts)
        {
            soup[term] = soup.GetValueOrDefault(term) + (weight * Transform(settings, count));
        }
    }

    private static double Transform(SoupSettings settings, double count) => settings.TermFrequency switch
    {
        TermFrequencyMode.Raw => count,
        TermFrequencyMode.Sublinear => count <= 1 ? count : 1.0 + Math.Log(count),
        TermFrequencyMode.Bm25 => count * (settings.Bm25K1 + 1) / (count + settings.Bm25K1),
        _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.TermFrequency, "Unknown TF mode."),
    };
}
