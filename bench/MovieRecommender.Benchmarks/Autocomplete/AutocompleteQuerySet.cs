using System.Globalization;
using System.Text;
using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Benchmarks.Autocomplete;

/// <summary>
/// Builds queries the way people type titles, not only title prefixes: whole titles, a half-typed last word, no
/// article or punctuation, only the later words, one or two typing errors, the year added. Films are sampled
/// uniformly (not by popularity), so the long tail counts as much as the blockbusters.
/// </summary>
public static class AutocompleteQuerySet
{
    private const int MinTypoWordLength = 5;
    private const int MinDoubleTypoWordLength = 8;
    private const int MinPartialWordLength = 5;
    private const int MinPartialLetters = 3;
    private const int MinLaterWords = 2;
    private static readonly string[] LeadingArticles = ["the ", "a ", "an "];

    public static IReadOnlyList<AutocompleteQuery> Build(IReadOnlyList<Movie> movies, int sample, int seed)
    {
        ArgumentNullException.ThrowIfNull(movies);
        var random = new Random(seed);
        var queries = new List<AutocompleteQuery>();
        foreach (var movie in movies.OrderBy(_ => random.Next()).Take(sample))
        {
            var typed = movie.Title.ToLowerInvariant();
            var words = Words(typed);
            if (words.Length == 0)
            {
                continue;
            }

            queries.Add(new(AutocompleteQueryKind.FullTitle, typed, movie.Id));
            AddPartial(queries, typed, words, movie.Id);
            queries.Add(new(AutocompleteQueryKind.NoArticleOrPunctuation, WithoutArticle(string.Join(' ', words)), movie.Id));
            var later = WithoutArticle(string.Join(' ', words[1..])).Split(' ');
            if (words.Length > MinLaterWords && later.Length >= MinLaterWords)
            {
                queries.Add(new(AutocompleteQueryKind.LaterWords, string.Join(' ', later), movie.Id));
            }

            AddTypos(queries, words, movie.Id, random);
            if (movie.Year is int year)
            {
                queries.Add(new(AutocompleteQueryKind.WithYear, typed + " " + year.ToString(CultureInfo.InvariantCulture), movie.Id));
            }
        }

        return queries;
    }

    private static void AddPartial(List<AutocompleteQuery> queries, string typed, string[] words, int id)
    {
        var last = words[^1];
        if (last.Length < MinPartialWordLength)
        {
            return;
        }

        var cut = typed.LastIndexOf(last, StringComparison.Ordinal) + Math.Max(MinPartialLetters, (last.Length + 1) / 2);
        queries.Add(new(AutocompleteQueryKind.PartialLastWord, typed[..cut], id));
    }

    private static void AddTypos(List<AutocompleteQuery> queries, string[] words, int id, Random random)
    {
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= MinTypoWordLength && words[i].All(char.IsLetter)).ToArray();
        if (candidates.Length == 0)
        {
            return;
        }

        var once = (string[])words.Clone();
        var first = candidates[random.Next(candidates.Length)];
        once[first] = TypingErrors.Apply(words[first], random);
        queries.Add(new(AutocompleteQueryKind.OneTypo, string.Join(' ', once), id));

        var twice = (string[])once.Clone();
        var others = candidates.Where(i => i != first).ToArray();
        if (others.Length > 0)
        {
            var second = others[random.Next(others.Length)];
            twice[second] = TypingErrors.Apply(words[second], random);
        }
        else if (words[first].Length >= MinDoubleTypoWordLength)
        {
            twice[first] = TypingErrors.Apply(once[first], random);
        }
        else
        {
            return;
        }

        queries.Add(new(AutocompleteQueryKind.TwoTypos, string.Join(' ', twice), id));
    }

    // Letters and digits only, split on everything else: what is left when someone does not type punctuation
    // ("howls moving castle": an apostrophe is left out, not typed as a space).
    private static string[] Words(string title)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string WithoutArticle(string text)
    {
        foreach (var article in LeadingArticles)
        {
            if (text.StartsWith(article, StringComparison.Ordinal) && text.Length > article.Length)
            {
                return text[article.Length..];
            }
        }

        return text;
    }
}
