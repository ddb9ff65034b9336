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

    /// <remarks>
    /// Runs for every film on a page, so it keeps only the best <see cref="MaxSources"/> as it goes (contribution
    /// descending, then seed) instead of sorting every seed with LINQ; the order is total, so the result is the same.
    /// </remarks>
    public static IReadOnlyList<SeedContribution> Rank(RecommenderModel model, int[] seeds, double[] shares, int movie)
    {
        int capacity = Math.Min(seeds.Length, MaxSources);
        Span<int> bestSeeds = stackalloc int[MaxSources];
        Span<double> bestContributions = stackalloc double[MaxSources];
        int kept = 0;
        for (int s = 0; s < seeds.Length; s++)
        {
            if (shares[s] <= 0)
            {
                continue;
            }

            double similarity = NeighbourSimilarity(model, seeds[s], movie) ?? TermOverlap(model, seeds[s], movie);
            if (similarity <= 0)
            {
                continue;
            }

            double contribution = shares[s] * similarity;
            int at = kept < capacity ? kept++ : capacity;
            while (at > 0 && Precedes(contribution, seeds[s], bestContributions[at - 1], bestSeeds[at - 1]))
            {
                if (at < capacity)
                {
                    bestSeeds[at] = bestSeeds[at - 1];
                    bestContributions[at] = bestContributions[at - 1];
                }

                at--;
            }

            if (at < capacity)
            {
                bestSeeds[at] = seeds[s];
                bestContributions[at] = contribution;
            }
        }

        var result = new SeedContribution[kept];
        for (int i = 0; i < kept; i++)
        {
            result[i] = new SeedContribution(model.Table.IdAt(bestSeeds[i]), Math.Round(bestContributions[i], ContributionDecimals));
        }

        return result;
    }

    private static bool Precedes(double contribution, int seed, double otherContribution, int otherSeed)
    {
        int byContribution = otherContribution.CompareTo(contribution);
        return byContribution != 0 ? byContribution < 0 : seed < otherSeed;
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
