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

    // Top-term lists up to this long are scored on the stack (the default keeps a few dozen terms per film).
    private const int MaxStackTerms = 256;

    // Room for the kept term reasons plus a few shared directors and genres before the list grows.
    private const int InitialItemCapacity = MaxTermItems + 4;

    /// <remarks>
    /// Runs for every film on a page, so it works on spans and small arrays instead of a dictionary and LINQ chains:
    /// the film's top terms are sorted by id, so a shared term is found by its position in them.
    /// </remarks>
    public static IReadOnlyList<ExplanationItem> Explain(RecommenderModel model, ReadOnlySpan<int> seeds, int movie)
    {
        ReadOnlySpan<int> terms = model.TopTermsOf(movie);
        ReadOnlySpan<float> weights = model.TopTermWeightsOf(movie);
        Span<double> shared = terms.Length <= MaxStackTerms ? stackalloc double[terms.Length] : new double[terms.Length];
        Span<bool> isShared = terms.Length <= MaxStackTerms ? stackalloc bool[terms.Length] : new bool[terms.Length];
        shared.Clear();
        isShared.Clear();
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
                    shared[i] += (double)weights[i] * seedWeights[j] / seeds.Length;
                    isShared[i] = true;
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

        // Shared terms, strongest first (ties by term id, so the order is total).
        Span<int> ranked = terms.Length <= MaxStackTerms ? stackalloc int[terms.Length] : new int[terms.Length];
        int rankedCount = 0;
        for (int i = 0; i < terms.Length; i++)
        {
            if (isShared[i])
            {
                int at = rankedCount++;
                while (at > 0 && Precedes(shared, terms, i, ranked[at - 1]))
                {
                    ranked[at] = ranked[at - 1];
                    at--;
                }

                ranked[at] = i;
            }
        }

        var items = new List<ExplanationItem>(InitialItemCapacity);
        for (int r = 0; r < rankedCount && items.Count < MaxTermItems; r++)
        {
            int term = terms[ranked[r]];
            TermKind kind = model.TermKinds[term];
            string label = LabelOf(model, term);
            if (kind != TermKind.Text || IsInformativeText(model, terms, ranked[..rankedCount], label))
            {
                items.Add(new ExplanationItem(kind, label, Math.Round(shared[ranked[r]], WeightDecimals)));
            }
        }

        MovieTable movies = model.Table;
        foreach (int seed in seeds)
        {
            AddSharedMetadata(items, TermKind.Director, movies.DirectorsAt(movie), movies.DirectorsAt(seed));
            AddSharedMetadata(items, TermKind.Genre, movies.GenresAt(movie), movies.GenresAt(seed));
        }

        return SortedForDisplay(items);
    }

    private static bool Precedes(ReadOnlySpan<double> shared, ReadOnlySpan<int> terms, int a, int b)
    {
        int byWeight = shared[b].CompareTo(shared[a]);
        return byWeight != 0 ? byWeight < 0 : terms[a] < terms[b];
    }

    // Overview words are stems ("los" from "Los Angeles"): short ones read as noise, and one that repeats part
    // of a structured reason ("gotham" beside the keyword "gotham city") adds nothing.
    private static bool IsInformativeText(RecommenderModel model, ReadOnlySpan<int> terms, ReadOnlySpan<int> sharedPositions, string label)
    {
        if (label.Length < MinTextLabelLength)
        {
            return false;
        }

        foreach (int position in sharedPositions)
        {
            int term = terms[position];
            if (model.TermKinds[term] != TermKind.Text && StartsAnyWord(LabelOf(model, term), label))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsAnyWord(string phrase, string prefix)
    {
        ReadOnlySpan<char> text = phrase;
        foreach (Range word in text.Split(' '))
        {
            ReadOnlySpan<char> value = text[word];
            if (!value.IsEmpty && value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // People first, then by weight; a stable insertion sort, so equal reasons keep the order they were added in.
    private static ExplanationItem[] SortedForDisplay(List<ExplanationItem> items)
    {
        var sorted = new ExplanationItem[items.Count];
        for (int n = 0; n < items.Count; n++)
        {
            ExplanationItem item = items[n];
            int at = n;
            while (at > 0 && DisplayPrecedes(item, sorted[at - 1]))
            {
                sorted[at] = sorted[at - 1];
                at--;
            }

            sorted[at] = item;
        }

        return sorted;
    }

    private static bool DisplayPrecedes(ExplanationItem a, ExplanationItem b)
    {
        int byKind = Array.IndexOf(KindOrder, a.Kind).CompareTo(Array.IndexOf(KindOrder, b.Kind));
        return byKind != 0 ? byKind < 0 : b.Weight.CompareTo(a.Weight) < 0;
    }

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
            if (seedValues.Contains(value, StringComparison.OrdinalIgnoreCase) && !Lists(items, kind, value))
            {
                items.Add(new ExplanationItem(kind, value, 0));
            }
        }
    }

    private static bool Lists(List<ExplanationItem> items, TermKind kind, string value)
    {
        foreach (ExplanationItem item in items)
        {
            if (item.Kind == kind && string.Equals(item.Value, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
