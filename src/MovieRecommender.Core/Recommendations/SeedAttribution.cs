using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// Which seeds brought a recommended film in: each positively weighted seed's share times its similarity to the
/// film (the stored neighbour score, or, for films reached beyond the neighbour lists, the overlap of both films'
/// top terms). Computed only for the films on the page, so its cost does not grow with the catalog.
/// </summary>
internal static class SeedAttribution
{
    public const int MaxSources = 3;
    private const int ContributionDecimals = 6;

    public static IReadOnlyList<SeedContribution> Rank(RecommenderModel model, int[] seeds, double[] shares, int movie)
    {
        var ranked = new List<(int Seed, double Contribution)>(seeds.Length);
        for (int s = 0; s < seeds.Length; s++)
        {
            if (shares[s] <= 0)
            {
                continue;
            }

            double similarity = NeighbourSimilarity(model, seeds[s], movie) ?? TermOverlap(model, seeds[s], movie);
            if (similarity > 0)
            {
                ranked.Add((seeds[s], shares[s] * similarity));
            }
        }

        return [.. ranked.OrderByDescending(r => r.Contribution).ThenBy(r => r.Seed).Take(MaxSources)
            .Select(r => new SeedContribution(model.Table.IdAt(r.Seed), Math.Round(r.Contribution, ContributionDecimals)))];
    }

    private static double? NeighbourSimilarity(RecommenderModel model, int seed, int movie)
    {
        ReadOnlySpan<int> neighbours = model.NeighboursOf(seed);
        int position = neighbours.IndexOf(movie);
        return position >= 0 ? model.NeighbourScoresOf(seed)[position] : null;
    }

    /// <summary>Dot product over the two films' top terms (both lists sorted by term id).</summary>
    private static double TermOverlap(RecommenderModel model, int seed, int movie)
    {
        ReadOnlySpan<int> a = model.TopTermsOf(seed);
        ReadOnlySpan<float> aw = model.TopTermWeightsOf(seed);
        ReadOnlySpan<int> b = model.TopTermsOf(movie);
        ReadOnlySpan<float> bw = model.TopTermWeightsOf(movie);
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                sum += (double)aw[i++] * bw[j++];
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
