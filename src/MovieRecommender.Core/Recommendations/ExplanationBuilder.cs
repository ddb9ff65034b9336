using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// Why a film was recommended: the top terms it shares with the seed film(s), each weighted by the product
/// of both TF-IDF weights (its contribution to the cosine), the strongest few kept and grouped by kind;
/// plus a shared director or genre straight from the metadata when the terms happen to miss it.
/// </summary>
internal static class ExplanationBuilder
{
    public const int MaxTermItems = 5;
    private const int WeightDecimals = 4;
    private const int MinTextLabelLength = 4;

    // People first: "same director" is the most convincing reason, "shared overview word" the least.
    private static readonly TermKind[] KindOrder =
        [TermKind.Director, TermKind.Cast, TermKind.Genre, TermKind.Keyword, TermKind.Company, TermKind.Country, TermKind.Text];

    public static IReadOnlyList<ExplanationItem> Explain(RecommenderModel model, ReadOnlySpan<int> seeds, int movie)
    {
        var shared = new Dictionary<int, double>();
        ReadOnlySpan<int> terms = model.TopTermsOf(movie);
        ReadOnlySpan<float> weights = model.TopTermWeightsOf(movie);
        foreach (int seed in seeds)
        {
            ReadOnlySpan<int> seedTerms = model.TopTermsOf(seed);
            ReadOnlySpan<float> seedWeights = model.TopTermWeightsOf(seed);
            int i = 0;
            int j = 0;
            while (i < terms.Length && j < seedTerms.Length)
            {
                if (terms[i] == seedTerms[j])
                {
                    double contribution = (double)weights[i] * seedWeights[j] / seeds.Length;
                    shared[terms[i]] = shared.GetValueOrDefault(terms[i]) + contribution;
                    i++;
                    j++;
                }
                else if (terms[i] < seedTerms[j])
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }
        }

        var ranked = shared.OrderByDescending(p => p.Value).ThenBy(p => p.Key)
            .Select(p => new ExplanationItem(model.TermKinds[p.Key], LabelOf(model, p.Key), Math.Round(p.Value, WeightDecimals)))
            .ToList();
        var structuredLabels = ranked.Where(item => item.Kind != TermKind.Text).Select(item => item.Value).ToList();
        var items = ranked.Where(item => IsInformative(item, structuredLabels)).Take(MaxTermItems).ToList();

        MovieTable movies = model.Table;
        foreach (int seed in seeds)
        {
            AddSharedMetadata(items, TermKind.Director, movies.DirectorsAt(movie), movies.DirectorsAt(seed));
            AddSharedMetadata(items, TermKind.Genre, movies.GenresAt(movie), movies.GenresAt(seed));
        }

        return [.. items.OrderBy(item => Array.IndexOf(KindOrder, item.Kind)).ThenByDescending(item => item.Weight)];
    }

    // Overview words are stems ("los" from "Los Angeles"): short ones read as noise, and one that repeats part
    // of a structured reason ("gotham" beside the keyword "gotham city") adds nothing.
    private static bool IsInformative(ExplanationItem item, List<string> structuredLabels) =>
        item.Kind != TermKind.Text
        || (item.Value.Length >= MinTextLabelLength && !structuredLabels.Exists(label => StartsAnyWord(label, item.Value)));

    private static bool StartsAnyWord(string phrase, string prefix) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(word => word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    private static string LabelOf(RecommenderModel model, int term)
    {
        string? label = term < model.TermLabels.Length ? model.TermLabels[term] : null;
        return string.IsNullOrWhiteSpace(label) ? model.Terms[term] : label;
    }

    private static void AddSharedMetadata(List<ExplanationItem> items, TermKind kind, MovieNames candidateValues,
        MovieNames seedValues)
    {
        foreach (var value in candidateValues)
        {
            if (seedValues.Contains(value, StringComparison.OrdinalIgnoreCase)
                && !items.Exists(item => item.Kind == kind && string.Equals(item.Value, value, StringComparison.OrdinalIgnoreCase)))
            {
                items.Add(new ExplanationItem(kind, value, 0));
            }
        }
    }
}
